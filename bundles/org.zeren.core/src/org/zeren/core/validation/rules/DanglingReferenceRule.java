package org.zeren.core.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.ValidationContext;
import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Severity;
import org.zeren.model.ResponsibilityModel;

/**
 * Every cross reference (holder, delegatedFrom, legal basis, supervising party...) points to an
 * element of the same model: not to an unresolved proxy, and not to an element that was
 * deleted from it. Source: model integrity (a duty whose holder or basis is gone is unaccountable).
 */
final class DanglingReferenceRule implements ValidationRule {

	@Override
	public String id() {
		return "core.dangling-reference";
	}

	@Override
	public String source() {
		return "Zeren model integrity";
	}

	@Override
	public void check(ValidationContext context) {
		ResponsibilityModel model = context.model();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EReference ref : o.eClass().getEAllReferences()) {
				if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient() || !o.eIsSet(ref)) {
					continue;
				}
				Object value = o.eGet(ref, false);
				List<?> targets = ref.isMany() ? (List<?>) value : List.of(value);
				for (Object t : targets) {
					EObject target = (EObject) t;
					if (target.eIsProxy() || EcoreUtil.getRootContainer(target) != model) {
						String what = target.eIsProxy() ? EcoreUtil.getURI(target).toString()
								: target.eClass().getName() + " " + Labels.of(target);
						context.report(Severity.ERROR, o, new LocalizedText(
								Labels.of(o) + " 的引用 " + ref.getName() + " 指向不在本模型中的元素：" + what,
								Labels.of(o) + ": reference " + ref.getName() + " points outside the model: " + what));
					}
				}
			}
		}
	}
}
