package org.zeren.test.support;

import java.util.List;

import org.zeren.core.spi.DutyTemplate;
import org.zeren.core.spi.LegalCitation;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.Post;
import org.zeren.model.PostKind;
import org.zeren.model.ZerenPackage;

/**
 * A stand-in for the responsibility-system work area with its four chain anchors, same codes,
 * levels and list kinds, so that this bundle's chains can be tested without depending on
 * another work-area bundle (work areas depend only on the core).
 *
 * Shared by the unit tests of the work areas that link their chains to these anchors.
 */
public final class Anchors implements WorkAreaContribution {

	/** Creates the stand-in; it holds no state. */
	public Anchors() {
	}

	private static final LegalCitation LAW = LegalCitation.law("中华人民共和国安全生产法", 4);

	@Override
	public String id() {
		return "anchors-stand-in";
	}

	@Override
	public LocalizedText name() {
		return new LocalizedText("责任链锚点（测试替身）", "Chain anchors (test stand-in)");
	}

	@Override
	public String colour() {
		return "#000000";
	}

	@Override
	public List<DutyTemplate> dutyTemplates() {
		return List.of(
				DutyTemplate.builder("RS-C-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST).appliesTo("committees", p -> p instanceof Committee)
						.title("统筹协调本辖区安全生产工作，落实党政同责、一岗双责、失职追责").cites(LAW).source("test").build(),
				DutyTemplate.builder("RS-D-01").dutyClass(ZerenPackage.Literals.RESPONSIBILITY)
						.listKind(DutyListKind.RESPONSIBILITY_LIST)
						.appliesTo("supervisory departments", p -> p instanceof Department d && d.isSupervisory())
						.title("按照“三个必须”依法履行本行业领域安全生产监督管理职责").cites(LAW).upstream("RS-C-01").source("test")
						.build(),
				DutyTemplate.builder("RS-E-01").listKind(DutyListKind.PRIMARY_RESPONSIBILITY_LIST)
						.appliesTo("enterprises", p -> p instanceof Enterprise).title("落实安全生产主体责任（一必须五到位）")
						.cites(LAW).upstream("RS-D-01").source("test").build(),
				DutyTemplate.builder("RS-P-01").listKind(DutyListKind.POST_DUTY_LIST)
						.appliesTo("principal leaders",
								p -> p instanceof Post post && post.getKind() == PostKind.PRINCIPAL_LEADER)
						.title("主要负责人对本单位安全生产工作全面负责（安全生产法第五条、第二十一条）").cites(LAW).upstream("RS-E-01")
						.source("test").build());
	}
}
