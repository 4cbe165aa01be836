package org.zeren.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of a cited document is recognised from its title. */
class CitedDocumentTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			安全生产法                                      | 安全生产法                             | LAW                       | -
			中华人民共和国职业病防治法                        | 中华人民共和国职业病防治法                | LAW                       | -
			中华人民共和国安全生产法(2021年修正)               | 中华人民共和国安全生产法(2021年修正)       | LAW                       | -
			江苏省安全生产条例                               | 江苏省安全生产条例                       | LOCAL_REGULATION          | -
			广西壮族自治区安全生产条例                        | 广西壮族自治区安全生产条例                | LOCAL_REGULATION          | -
			常州市电梯安全管理条例                           | 常州市电梯安全管理条例                   | LOCAL_REGULATION          | -
			生产安全事故报告和调查处理条例                     | 生产安全事故报告和调查处理条例             | ADMINISTRATIVE_REGULATION | -
			城市道路管理条例                                | 城市道路管理条例                        | ADMINISTRATIVE_REGULATION | -
			GB/T 33000-2016企业安全生产标准化基本规范          | 企业安全生产标准化基本规范                | NATIONAL_STANDARD         | GB/T 33000-2016
			ＧＢ／Ｔ３３０００－２０１６企业安全生产标准化基本规范 | 企业安全生产标准化基本规范                | NATIONAL_STANDARD         | GB/T 33000-2016
			GBZ 2.1-2019 工作场所有害因素职业接触限值          | 工作场所有害因素职业接触限值               | NATIONAL_STANDARD         | GBZ 2.1-2019
			AQ 3013-2008危险化学品从业单位安全标准化通用规范     | 危险化学品从业单位安全标准化通用规范         | INDUSTRY_STANDARD         | AQ 3013-2008
			DB32/T 3800-2020                               | DB32/T 3800-2020                      | LOCAL_STANDARD            | DB32/T 3800-2020
			绿建区安全生产“党政同责、一岗双责”暂行办法         | 绿建区安全生产“党政同责、一岗双责”暂行办法   | NORMATIVE_DOCUMENT        | -
			关于调整绿建区安全生产委员会成员的通知              | 关于调整绿建区安全生产委员会成员的通知        | NORMATIVE_DOCUMENT        | -
			常州市武进区生产经营单位安全生产主体责任暂行规定责任清单 | 常州市武进区生产经营单位安全生产主体责任暂行规定责任清单 | NORMATIVE_DOCUMENT | -
			安全生产专项整治三年行动实施方案                   | 安全生产专项整治三年行动实施方案            | NORMATIVE_DOCUMENT        | -
			绿建区2017年安全生产工作要点                      | 绿建区2017年安全生产工作要点               | PLAN                      | -
			落实企业安全生产主体责任三年行动计划                | 落实企业安全生产主体责任三年行动计划         | PLAN                      | -
			""")
	void kind(String written, String title, String kind, String code) {
		CitedDocument d = CitedDocument.of(written);
		assertEquals(title, d.title());
		assertEquals(kind, d.kind().name());
		assertEquals(code, d.code());
		assertEquals(true, d.recognised());
	}

	@ParameterizedTest
	@CsvSource({ "安全生产法, 中华人民共和国安全生产法", "GB/T 33000-2016企业安全生产标准化基本规范, GB/T33000-2016",
			"'职业病防治法', '职业病 防治法'" })
	void sameDocument(String a, String b) {
		assertEquals(CitedDocument.of(a).key(), CitedDocument.of(b).key());
	}
}
