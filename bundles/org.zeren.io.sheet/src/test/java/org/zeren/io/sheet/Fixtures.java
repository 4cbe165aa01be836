package org.zeren.io.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.zeren.core.model.StableIds;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalBasisKind;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.WorkArea;
import org.zeren.model.ZerenFactory;
import org.zeren.model.util.ZerenResourceFactoryImpl;

/**
 * An invented district organisation to import lists into: the committee (安委会) with 应急管理局 (short name
 * 应急局, alias 区安监局), 住房和城乡建设局 (住建局) and 市场监督管理局 (市场监管局); the enterprise 绿建建工集团有限公司
 * with its posts 董事长, 项目经理, 专职安全员; a second enterprise 绿建物业有限公司 that also has a 专职安全员 (so the name
 * is ambiguous without --holder); the Work Safety Law as the only legal basis; the work area 应急救援.
 */
final class Fixtures {

	static final ZerenFactory F = ZerenFactory.eINSTANCE;

	private Fixtures() {
	}

	static Path sample(String name) {
		return Path.of("src/test/resources/samples", name);
	}

	static ResponsibilityModel organisation() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("zeren", new ZerenResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("memory:/org.zeren"));
		ResponsibilityModel model = F.createResponsibilityModel();
		model.setName("绿建区安全生产责任体系");
		resource.getContents().add(model);
		((XMLResource) resource).setID(model, "model");
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		committee.setShortName("安委会");
		model.getParties().add(committee);
		department(committee, "应急管理局", "应急局").getAliases().add("区安监局");
		department(committee, "住房和城乡建设局", "住建局");
		department(committee, "市场监督管理局", "市场监管局");
		Enterprise builder = F.createEnterprise();
		builder.setName("绿建建工集团有限公司");
		builder.setIndustry("建筑施工");
		model.getParties().add(builder);
		post(builder, "董事长", PostKind.PRINCIPAL_LEADER);
		post(builder, "项目经理", PostKind.OTHER);
		post(builder, "专职安全员", PostKind.SAFETY_MANAGER);
		Enterprise property = F.createEnterprise();
		property.setName("绿建物业有限公司");
		model.getParties().add(property);
		post(property, "专职安全员", PostKind.SAFETY_MANAGER);
		LegalBasis law = F.createLegalBasis();
		law.setTitle("中华人民共和国安全生产法");
		law.setKind(LegalBasisKind.LAW);
		model.getLegalBases().add(law);
		WorkArea area = F.createWorkArea();
		area.setId("emergency");
		area.setName("应急救援");
		area.setEnglishName("Emergency rescue");
		model.getWorkAreas().add(area);
		for (var it = model.eAllContents(); it.hasNext();) {
			var o = it.next();
			StableIds.assign(o, "fixture", o.eClass().getName(), String.valueOf(o.eGet(o.eClass().getEStructuralFeature(
					o instanceof LegalBasis ? "title" : o instanceof WorkArea ? "id" : "name"))),
					o.eContainer() instanceof Party p ? p.getName() : "");
		}
		return model;
	}

	private static Department department(Committee committee, String name, String shortName) {
		Department d = F.createDepartment();
		d.setName(name);
		d.setShortName(shortName);
		d.setSupervisory(true);
		committee.getChildren().add(d);
		return d;
	}

	private static Post post(Enterprise enterprise, String name, PostKind kind) {
		Post p = F.createPost();
		p.setName(name);
		p.setKind(kind);
		enterprise.getChildren().add(p);
		return p;
	}

	static Party party(ResponsibilityModel model, String name) {
		return org.zeren.core.model.Parties.all(model).stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow();
	}

	/** The model's resource as saved, UTF-8 XMI. */
	static String serialise(ResponsibilityModel model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			model.eResource().save(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Builds list content for tests. */
	static final class Maker {

		LegalBasis basis(ResponsibilityModel model, String title, LegalBasisKind kind, String code) {
			LegalBasis b = F.createLegalBasis();
			b.setTitle(title);
			b.setKind(kind);
			b.setCode(code);
			model.getLegalBases().add(b);
			return b;
		}

		org.zeren.model.DutyList list(ResponsibilityModel model, String name, org.zeren.model.DutyListKind kind, Party holder) {
			org.zeren.model.DutyList l = F.createDutyList();
			l.setName(name);
			l.setKind(kind);
			l.setHolder(holder);
			model.getDutyLists().add(l);
			return l;
		}

		org.zeren.model.DutyGroup group(java.util.List<org.zeren.model.DutyGroup> into, String number, String title) {
			org.zeren.model.DutyGroup g = F.createDutyGroup();
			g.setNumber(number);
			g.setTitle(title);
			into.add(g);
			return g;
		}

		org.zeren.model.Power power(org.zeren.model.DutyList list, String code, String title, org.zeren.model.PowerKind kind) {
			org.zeren.model.Power p = F.createPower();
			p.setPowerKind(kind);
			duty(list, code, title, p);
			return p;
		}

		org.zeren.model.Duty duty(org.zeren.model.DutyList list, String code, String title, org.zeren.model.Duty d) {
			d.setCode(code);
			d.setTitle(title);
			list.getDuties().add(d);
			return d;
		}

		void ref(org.zeren.model.Duty d, LegalBasis basis, Integer article, Integer paragraph, Integer item, String note) {
			org.zeren.model.LegalReference r = F.createLegalReference();
			r.setBasis(basis);
			r.setArticle(article);
			r.setParagraph(paragraph);
			r.setItem(item);
			r.setNote(note);
			d.getLegalReferences().add(r);
		}

		void other(org.zeren.model.Duty d, String heading, String value) {
			org.zeren.model.ColumnValue c = F.createColumnValue();
			c.setHeading(heading);
			c.setValue(value);
			d.getOtherColumns().add(c);
		}
	}
}
