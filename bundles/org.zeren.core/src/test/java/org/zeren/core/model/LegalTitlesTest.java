package org.zeren.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LegalTitlesTest {

	@Test
	void lawsAreTheSameWithAndWithoutTheStateName() {
		assertTrue(LegalTitles.sameDocument("安全生产法", "中华人民共和国安全生产法"));
		assertTrue(LegalTitles.sameDocument("《职业病防治法》", "中华人民共和国 职业病防治法"));
		assertFalse(LegalTitles.sameDocument("安全生产法", "江苏省安全生产条例"));
	}

	@Test
	void partyAndStateCouncilDocumentsAreTheSameWithAndWithoutTheirIssuers() {
		// both forms are cited in the 2017 plan (general approach and item 8)
		assertTrue(LegalTitles.sameDocument("关于推进安全生产领域改革发展的意见", "中共中央国务院关于推进安全生产领域改革发展的意见"));
		assertTrue(LegalTitles.sameDocument("关于推进安全生产领域改革发展的意见", "中共中央、国务院关于推进安全生产领域改革发展的意见"));
		// the issuer is only dropped in front of 关于: 国务院安全生产委员会… is another body
		assertEquals("国务院安全生产委员会成员单位安全生产工作职责分工", LegalTitles.identity("国务院安全生产委员会成员单位安全生产工作职责分工"));
	}

	@Test
	void fullWidthAndInvisibleSpacesDoNotCount() {
		assertTrue(LegalTitles.sameDocument("ＧＢ／Ｔ　３３０００", "GB/T 33000"));
		assertTrue(LegalTitles.sameDocument("安全\u200B生产法", "安全生产法"));
		assertFalse(LegalTitles.sameDocument(null, "安全生产法"));
	}
}
