package org.zeren.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.cli.example.ExampleOrganisation;
import org.zeren.diagram.DiagramService;
import org.zeren.diagram.graph.ChainRef;
import org.zeren.model.ResponsibilityModel;

/** {@code zeren example --diagrams DIR}: the main job ends with the diagrams of the example model. */
class ExampleDiagramsTest {

	private static final String NL = System.lineSeparator();

	@TempDir
	Path dir;

	private final Fixture fx = new Fixture();

	@Test
	void exampleWritesTheOrganisationAndPlanMapsAndEveryChain() throws Exception {
		Path org = dir.resolve("org.zeren");
		fx.store.save(ExampleOrganisation.create(fx.store, org));
		Path out = dir.resolve("lvjian-2017.zeren");
		Path diagrams = dir.resolve("out/lvjian-2017");
		Fixture.Run r = fx.run("example", "--plan", ImportPlanCommandTest.PLAN.toString(), "--organisation",
				org.toString(), "-o", out.toString(), "--diagrams", diagrams.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals("", r.err());

		ResponsibilityModel saved = fx.store.load(out).model();
		List<String> chains = new DiagramService(fx.registry).chains(saved).stream().map(ChainRef::id).toList();
		assertTrue(chains.size() >= 2, "the example has chains: " + chains);
		Path abs = diagrams.toAbsolutePath().normalize();
		assertTrue(r.out().contains(NL + NL + "4. Export the diagrams of " + out + NL + "Wrote " + abs.resolve("organisation.svg")
				+ " (organisation and supervision map, "), r.out());
		for (String file : List.of("organisation.pdf", "plan.svg", "plan.pdf")) {
			assertTrue(r.out().contains(NL + "Wrote " + abs.resolve(file) + " ("), file + " in\n" + r.out());
		}
		assertTrue(r.out().contains(NL + "Wrote " + chains.size() + " chain diagrams (svg) to " + abs.resolve("chains") + NL
				+ "Font: "), r.out());
		assertTrue(r.out().endsWith(NL + "The diagrams are in " + abs + NL), r.out());

		try (Stream<Path> files = Files.list(diagrams.resolve("chains"))) {
			assertEquals(chains.stream().map(id -> id + ".svg").sorted().toList(),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertTrue(Files.readString(diagrams.resolve("plan.svg"), StandardCharsets.UTF_8).contains("加强职业卫生监管"));
		assertTrue(new String(Files.readAllBytes(diagrams.resolve("organisation.pdf")), StandardCharsets.ISO_8859_1)
				.startsWith("%PDF-"));
	}
}
