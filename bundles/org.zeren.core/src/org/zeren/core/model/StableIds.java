package org.zeren.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Identifiers derived from what an element is rather than drawn at random, so that creating the
 * same content twice (importing the same plan, applying the same templates) into equal models
 * gives byte-identical files.
 * <p>
 * A key is a sequence of strings, e.g. {@code "basis", "安全生产法"} or
 * {@code "plan", "绿建区2017年安全生产工作要点", "task", "一/1"}; the identifier is the name-based
 * (version 3) UUID of the UTF-8 bytes of the parts joined by U+0000. Services that create the
 * same kind of element must use the same key, so that they agree on its identifier: legal bases
 * use {@code "basis", title} and work areas {@code "workarea", id} (as
 * {@code org.zeren.core.template.TemplateApplier} does).
 */
public final class StableIds {

	private StableIds() {
	}

	/**
	 * @param key the parts of the key, in order; never null, no part null
	 * @return the identifier, a UUID in its 36-character lower-case string form; never null
	 * @throws NullPointerException when the key or one of its parts is null
	 */
	public static String of(String... key) {
		for (String part : Objects.requireNonNull(key, "key")) {
			Objects.requireNonNull(part, "key part");
		}
		return UUID.nameUUIDFromBytes(String.join("\u0000", key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * Gives an element its stable identifier as {@code xmi:id}, replacing the random UUID the Zeren
	 * resource gave it on attachment. Does nothing when the element is not in an
	 * {@link XMLResource}, or when another element of its resource already has this identifier
	 * (the element then keeps the identifier it has, so identifiers stay unique).
	 *
	 * @param element an element already contained in its resource; never null
	 * @param key     the key, see {@link #of(String...)}
	 * @return whether the identifier was set
	 * @throws NullPointerException when the element, the key or one of its parts is null
	 */
	public static boolean assign(EObject element, String... key) {
		String id = of(key);
		if (element.eResource() instanceof XMLResource x) {
			EObject holder = x.getEObject(id);
			if (holder == null || holder == element) {
				x.setID(element, id);
				return true;
			}
		}
		return false;
	}
}
