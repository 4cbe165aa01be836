package org.zeren.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.LoadedModel;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.DutyListKind;
import org.zeren.model.Enterprise;
import org.zeren.model.LegalBasis;
import org.zeren.model.LegalReference;
import org.zeren.model.Party;
import org.zeren.model.Post;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.ui.ZerenUiPlugin;
import org.zeren.ui.diagram.DiagramView;
import org.zeren.ui.diagram.DiagramViewer;
import org.zeren.ui.explorer.ModelExplorerView;
import org.zeren.ui.model.ModelSession;

/**
 * Desktop benchmark (prints figures; run with {@code -Pbenchmark}, see README): launch of the desktop product to a
 * shown window with the example open (a separate JVM, when the product is built), and in the workbench: opening the
 * example and a generated model of about 100,000 objects (in a job; the longest pause of the UI thread meanwhile),
 * expanding the explorer and opening chain diagrams on the big model. Targets: example window in at most 3 s; the
 * 100k model open in at most 5 s with the UI responsive while it loads.
 */
class DesktopBenchmark {

	private static final ZerenFactory F = ZerenFactory.eINSTANCE;
	private static final Path PRODUCT = Path.of("../../releng/org.zeren.products/target/products/org.zeren.desktop/linux/gtk/x86_64");

	@TempDir
	Path folder;

	private static void print(String what, double value, String unit) {
		System.out.println(String.format(Locale.ROOT, "DESKTOP BENCHMARK  %-58s %10.2f %s", what, value, unit));
	}

	@Test
	void desktop() throws Exception {
		Path example = folder.resolve("lvjian-2017.zeren");
		Files.copy(Path.of("../../examples/lvjian-2017.zeren"), example, StandardCopyOption.REPLACE_EXISTING);
		Path big = folder.resolve("generated-100k.zeren");
		long t0 = System.nanoTime();
		int objects = generate(big);
		print("generate and save model (" + objects + " objects, " + Files.size(big) / 1024 / 1024 + " MB)", ms(t0), "ms");

		launches(example, big);

		long start = System.nanoTime();
		Workbench.start();
		print("workbench start in the test JVM (to window shown)", ms(start), "ms");
		Workbench.onUi(() -> {
			ModelSession session = ModelSession.get();
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			open(session, explorer, example, "example (555 duties)");
			open(session, explorer, big, "generated model");

			Committee committee = (Committee) session.root().getParties().get(0);
			long e1 = System.nanoTime();
			explorer.getViewer().expandToLevel(committee, 1);
			Ui.display().update();
			print("explorer: expand the committee (" + committee.getChildren().size() + " departments, 1 list)", ms(e1), "ms");
			long e2 = System.nanoTime();
			explorer.getViewer().expandToLevel(2);
			Ui.display().update();
			print("explorer: expand every top-level party (" + session.root().getParties().size() + ")", ms(e2), "ms");
			explorer.getViewer().collapseAll();

			// a duty's chain: the duties above it up to the committee, and everything delegated from it down to the
			// posts (a department duty: 82 boxes; an enterprise duty: 6)
			DiagramView diagram = Ui.view(DiagramView.ID, DiagramView.class);
			Department department = (Department) committee.getChildren().get(0);
			chain(diagram, explorer, lists(session.root(), department).get(1).getDuties().get(0), "department duty");
			Party enterprise = session.root().getParties().get(1);
			chain(diagram, explorer, lists(session.root(), enterprise).get(0).getDuties().get(19), "enterprise duty");
			session.close();
		});
	}

	private static void open(ModelSession session, ModelExplorerView explorer, Path file, String what) {
		session.close();
		Display display = Ui.display();
		long[] lastTick = { System.nanoTime() };
		long[] maxGap = { 0 };
		boolean[] ticking = { true };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			long now = System.nanoTime();
			maxGap[0] = Math.max(maxGap[0], now - lastTick[0]);
			lastTick[0] = now;
			if (ticking[0]) {
				display.timerExec(10, tick[0]);
			}
		};
		display.timerExec(10, tick[0]);
		long start = System.nanoTime();
		session.open(file);
		Ui.waitUntil("the model to open", 120_000, () -> session.model() != null);
		display.update();
		double openMs = ms(start);
		ticking[0] = false;
		print("open " + what + ": load in a job to explorer shown", openMs, "ms");
		print("open " + what + ": longest UI-thread pause meanwhile (10 ms timer)", maxGap[0] / 1e6, "ms");
	}

	private static void chain(DiagramView diagram, ModelExplorerView explorer, Duty duty, String what) {
		DiagramViewer viewer = diagram.getViewer();
		Ui.page().activate(explorer);
		long start = System.nanoTime();
		explorer.reveal(List.of(duty));
		try {
			Ui.waitUntil("the chain diagram", 60_000, () -> viewer.isCurrent() && viewer.getGraph() != null
					&& viewer.getGraph().title().contains(duty.getTitle()));
		} catch (AssertionError e) {
			System.out.println("DESKTOP BENCHMARK  diagram: chain of a " + what + " not drawn within 60 s (current="
					+ viewer.isCurrent() + ", problem=" + viewer.getProblem() + ", title="
					+ (viewer.getGraph() == null ? null : viewer.getGraph().title()) + ")");
			return;
		}
		Ui.display().update();
		print("diagram: chain of a " + what + " (" + viewer.getGraph().nodeCount() + " boxes) from selection to drawn", ms(start), "ms");
	}

	/** Starts the desktop product (when built) twice on each model and reads its start-up report. */
	private void launches(Path example, Path big) throws IOException, InterruptedException {
		if (!Files.isDirectory(PRODUCT.resolve("plugins"))) {
			System.out.println("DESKTOP BENCHMARK  launch: the desktop product is not built (run ./build -DskipTests verify first); skipped");
			return;
		}
		Path launcher;
		try (var s = Files.list(PRODUCT.resolve("plugins"))) {
			launcher = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow();
		}
		for (Path model : List.of(example, big)) {
			for (int run = 1; run <= 2; run++) {
				Path report = folder.resolve("startup-" + run + ".txt");
				Files.deleteIfExists(report);
				List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						// the JVM flags of ./zeren desktop
						"-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
						"-Dzeren.startupReport=" + report, "-jar", launcher.toString(),
						"-nosplash", "-data", folder.resolve("ws").toString(), "-nl", "en", "-application", "org.zeren.ui.app",
						model.toString()));
				long start = System.nanoTime();
				Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(folder.resolve("launch.log").toFile()).start();
				if (!p.waitFor(180, TimeUnit.SECONDS)) {
					p.destroyForcibly();
					System.out.println("DESKTOP BENCHMARK  launch did not finish in 180 s; see " + folder.resolve("launch.log"));
					return;
				}
				double wall = ms(start);
				String text = Files.exists(report) ? Files.readString(report).trim() : "no report";
				String name = model == example ? "example" : "generated model";
				if (text.startsWith("launchToWindowMs=")) {
					print("launch product to window with the " + name + " open, run " + run, Double.parseDouble(text.substring(17)), "ms");
				} else {
					System.out.println("DESKTOP BENCHMARK  launch " + name + ": " + text + " (process took " + wall + " ms)");
				}
			}
		}
	}

	private static double ms(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static List<DutyList> lists(ResponsibilityModel root, Party holder) {
		return root.getDutyLists().stream().filter(l -> l.getHolder() == holder).toList();
	}

	/**
	 * A model of about 100,000 objects shaped like a district: a committee with 60 departments (power and
	 * responsibility lists), 1,200 enterprises with a primary-responsibility list and 3 posts each with a post duty
	 * list; every duty cites a legal basis and, below the committee, is delegated from a duty upstream.
	 *
	 * @return the number of objects
	 */
	private static int generate(Path file) throws Exception {
		LoadedModel loaded = ZerenUiPlugin.get().modelStore().create(file, "generated");
		ResponsibilityModel root = loaded.model();
		LegalBasis law = F.createLegalBasis();
		law.setTitle("中华人民共和国安全生产法");
		root.getLegalBases().add(law);
		Committee committee = F.createCommittee();
		committee.setName("生成区安全生产委员会");
		committee.setCode("G-AWH");
		root.getParties().add(committee);
		List<Duty> committeeDuties = list(root, committee, DutyListKind.RESPONSIBILITY_LIST, "C", 20, law, i -> null);
		List<List<Duty>> departmentDuties = new ArrayList<>();
		for (int d = 0; d < 60; d++) {
			Department dep = F.createDepartment();
			dep.setName("部门" + d);
			dep.setCode("G-D" + d);
			dep.setSupervisory(true);
			committee.getChildren().add(dep);
			list(root, dep, DutyListKind.POWER_LIST, "D" + d + "-P", 20, law, i -> null);
			departmentDuties.add(list(root, dep, DutyListKind.RESPONSIBILITY_LIST, "D" + d + "-R", 20, law, committeeDuties::get));
		}
		for (int e = 0; e < 1200; e++) {
			Enterprise ent = F.createEnterprise();
			ent.setName("企业" + e);
			ent.setCode("G-E" + e);
			root.getParties().add(ent);
			List<Duty> upstream = departmentDuties.get(e % 60);
			List<Duty> enterpriseDuties = list(root, ent, DutyListKind.PRIMARY_RESPONSIBILITY_LIST, "E" + e, 20, law, upstream::get);
			for (int p = 0; p < 3; p++) {
				Post post = F.createPost();
				post.setName("岗位" + e + "-" + p);
				ent.getChildren().add(post);
				list(root, post, DutyListKind.POST_DUTY_LIST, "E" + e + "-P" + p, 6, law, enterpriseDuties::get);
			}
		}
		ZerenUiPlugin.get().modelStore().save(loaded);
		int[] count = { 0 };
		root.eAllContents().forEachRemaining(o -> count[0]++);
		return count[0] + 1;
	}

	private static List<Duty> list(ResponsibilityModel root, Party holder, DutyListKind kind, String prefix, int size,
			LegalBasis law, java.util.function.IntFunction<Duty> upstream) {
		DutyList list = F.createDutyList();
		list.setName(holder.getName() + " " + kind.getLiteral());
		list.setKind(kind);
		list.setHolder(holder);
		root.getDutyLists().add(list);
		List<Duty> duties = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Duty duty = kind == DutyListKind.POWER_LIST ? F.createPower() : holder instanceof Enterprise || holder instanceof Post
					? F.createObligation() : F.createResponsibility();
			duty.setCode(prefix + "-" + i);
			duty.setTitle(holder.getName() + "的第" + (i + 1) + "项职责");
			duty.setText("依法履行安全生产职责，落实" + holder.getName() + "的第" + (i + 1) + "项工作要求。");
			LegalReference ref = F.createLegalReference();
			ref.setBasis(law);
			ref.setArticle(i + 1);
			duty.getLegalReferences().add(ref);
			duty.setDelegatedFrom(upstream.apply(i));
			list.getDuties().add(duty);
			duties.add(duty);
		}
		return duties;
	}
}
