package org.zeren.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.zeren.ui.Messages;

/** The desktop app speaks English and Chinese: every English text has a Chinese one, in the bundle as shipped. */
class TranslationsTest {

	private static Properties load(Bundle bundle, String path) throws IOException {
		URL url = bundle.getEntry(path);
		assertNotNull(url, path + " is missing from " + bundle.getSymbolicName());
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	@Test
	void everyUserTextHasAChineseTranslation() throws IOException {
		Bundle ui = FrameworkUtil.getBundle(Messages.class);
		for (String base : new String[] { "org/zeren/ui/messages", "plugin" }) {
			Properties en = load(ui, base + ".properties");
			Properties zh = load(ui, base + "_zh.properties");
			assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()), base);
		}
		Properties zh = load(ui, "org/zeren/ui/messages_zh.properties");
		assertEquals("{0} 个错误，{1} 个警告，{2} 个提示", zh.getProperty("Problems_summary"));
		assertEquals("按文字或编号筛选", zh.getProperty("Explorer_filterHint"));
	}
}
