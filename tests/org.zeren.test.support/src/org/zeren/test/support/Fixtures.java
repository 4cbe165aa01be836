package org.zeren.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zeren.core.spi.ValidationRule;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.ValidationEngine;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Enterprise;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.Supervision;
import org.zeren.model.ZerenFactory;

/** Small models, the real plan split into items, and a one-rule validation run. */
public final class Fixtures {

	public static final ZerenFactory F = ZerenFactory.eINSTANCE;

	/** The real 2017 plan of 绿建区, relative to the bundle directory (surefire's working directory). */
	public static final Path PLAN = Path.of("../../examples/lvjian-2017-work-safety-key-points.txt");

	private Fixtures() {
	}

	/** The small organisation of the chain test. */
	public record Org(ResponsibilityModel model, Committee committee, Department department, Enterprise enterprise,
			Post leader) {
	}

	/**
	 * 绿建区安全生产委员会 containing the supervisory 区安全生产监督管理局; the entity 绿建建工集团有限公司
	 * (建筑施工) with a principal-leader post 董事长; the bureau supervises the entity.
	 */
	public static Org organisation() {
		ResponsibilityModel model = F.createResponsibilityModel();
		Committee committee = F.createCommittee();
		committee.setName("绿建区安全生产委员会");
		Department department = F.createDepartment();
		department.setName("区安全生产监督管理局");
		department.setSupervisory(true);
		committee.getChildren().add(department);
		Enterprise enterprise = enterprise("绿建建工集团有限公司");
		enterprise.setIndustry("建筑施工");
		Post leader = post(enterprise, "董事长", PostKind.PRINCIPAL_LEADER);
		model.getParties().add(committee);
		model.getParties().add(enterprise);
		supervise(model, department, enterprise);
		return new Org(model, committee, department, enterprise, leader);
	}

	public static Enterprise enterprise(String name) {
		Enterprise e = F.createEnterprise();
		e.setName(name);
		return e;
	}

	public static Post post(Party parent, String name, PostKind kind) {
		Post p = F.createPost();
		p.setName(name);
		p.setKind(kind);
		parent.getChildren().add(p);
		return p;
	}

	public static Supervision supervise(ResponsibilityModel model, Department supervisor, Enterprise... enterprises) {
		Supervision s = F.createSupervision();
		s.setSupervisor(supervisor);
		s.getSupervised().addAll(List.of(enterprises));
		model.getSupervisions().add(s);
		return s;
	}

	/** @return the duty with this code held by the party, or null */
	public static Duty duty(ResponsibilityModel model, Party holder, String code) {
		for (DutyList l : model.getDutyLists()) {
			if (l.getHolder() == holder) {
				for (Duty d : l.getDuties()) {
					if (code.equals(d.getCode())) {
						return d;
					}
				}
			}
		}
		return null;
	}

	/** Runs one rule alone and checks that it did not fail. */
	public static List<Finding> run(ValidationRule rule, ResponsibilityModel model) {
		List<Finding> findings = new ValidationEngine(List.of(rule), null).validate(model, null).findings();
		assertTrue(findings.stream().allMatch(f -> f.ruleId().equals(rule.id())), findings.toString());
		return findings;
	}

	/**
	 * The numbered items (1、…10、) of the real plan, each with its full text, after the full-width
	 * to half-width normalisation the SPI promises before keyword matching.
	 */
	public static Map<Integer, String> planItems() throws IOException {
		assertTrue(Files.isRegularFile(PLAN), "plan not found: " + PLAN.toAbsolutePath());
		String text = Files.readString(PLAN, StandardCharsets.UTF_8);
		Map<Integer, String> items = new TreeMap<>();
		Matcher m = Pattern.compile("(?m)^(\\d+)、(.*)$").matcher(text);
		while (m.find()) {
			items.put(Integer.valueOf(m.group(1)), halfWidth(m.group(2)));
		}
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), List.copyOf(items.keySet()), "items of the plan");
		return items;
	}

	/** @return the numbers of the plan items that contain at least one keyword */
	public static TreeSet<Integer> matchedItems(List<String> keywords) throws IOException {
		TreeSet<Integer> matched = new TreeSet<>();
		planItems().forEach((n, text) -> {
			if (keywords.stream().anyMatch(text::contains)) {
				matched.add(n);
			}
		});
		return matched;
	}

	/** Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space to their ASCII forms. */
	public static String halfWidth(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
		}
		return b.toString();
	}
}
