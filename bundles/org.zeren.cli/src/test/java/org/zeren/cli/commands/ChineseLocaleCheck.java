package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output in a Chinese locale. Runs only in the surefire execution {@code unit-tests-zh}, whose JVM starts with
 * {@code -Duser.language=zh} (the messages are chosen once per JVM).
 */
class ChineseLocaleCheck {

	@TempDir
	Path dir;

	@Test
	void messagesHelpAndFindingsAreChinese() throws Exception {
		assertEquals("zh", Locale.getDefault().getLanguage(), "this class must run in a zh JVM");
		Fixture fx = new Fixture();
		Path model = fx.organisation(dir.resolve("org.zeren"));
		Fixture.Run r = fx.run("validate", model.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().startsWith("安全生产监督管理局  [Department dept-safety]" + System.lineSeparator()
				+ "  错误  core.two-lists: 负有安全监管职责的部门“安全生产监督管理局”缺少权力清单和责任清单"), r.out());
		assertTrue(r.out().endsWith(model.toAbsolutePath() + "：错误 2 项，警告 1 项，提示 0 项" + System.lineSeparator()),
				r.out());

		Path missing = dir.resolve("无此文件.zeren");
		Fixture.Run m = fx.run("info", missing.toString());
		assertEquals(2, m.code());
		assertEquals(missing + "：文件不存在" + System.lineSeparator(), m.err());

		Fixture.Run applied = fx.run("apply-templates", model.toString());
		assertTrue(applied.out().startsWith("新建清单事项 6 项：3 项已链接到上游事项，2 项位于责任链顶端（模板未指定上游事项），1 项未找到上游事项；计划任务关联 0 项"
				+ System.lineSeparator()), applied.out());

		Fixture.Run unknown = fx.run("frobnicate");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().startsWith("错误：未知命令“frobnicate”" + System.lineSeparator() + "命令：import-plan, "),
				unknown.err());

		Fixture.Run help = fx.run("validate", "--help");
		assertTrue(help.out().startsWith("用法：zeren validate"), help.out());
		assertTrue(help.out().contains("用核心规则和已安装工作领域的规则校验模型。"), help.out());
	}
}
