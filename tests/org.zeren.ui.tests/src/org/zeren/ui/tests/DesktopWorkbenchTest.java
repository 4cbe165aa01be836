package org.zeren.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.wizard.WizardDialog;
import org.zeren.model.Party;
import org.zeren.ui.wizards.ApplyTemplatesWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.validation.Finding;
import org.zeren.core.validation.Severity;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.ResponsibilityModel;
import org.zeren.ui.app.UnsavedChanges;
import org.zeren.ui.explorer.ExplorerDropAdapter;
import org.zeren.ui.explorer.ModelExplorerView;
import org.zeren.ui.model.ModelSession;
import org.zeren.ui.problems.ProblemsView;
import org.zeren.ui.properties.PropertiesView;
import org.zeren.core.spi.LocalizedText;
import org.zeren.core.spi.WorkAreaContribution;
import org.zeren.ui.workareas.WorkAreasView;
import org.zeren.ui.ZerenUiPlugin;

/**
 * The desktop workbench with the example model (examples/lvjian-2017.zeren, 555 duties) open: explorer, properties,
 * undo/redo, save, validation, drag and drop. Each test opens a fresh copy of the example.
 */
class DesktopWorkbenchTest {

	/** The committee's first duty in the example. */
	private static final String DUTY_CODE = "AP-C-01";
	private static final String DUTY_TITLE = "完善安全生产责任目标考核指标体系，组织年度考核";

	@TempDir
	Path folder;
	private Path model;
	private ModelSession session;

	@BeforeEach
	void openExample() throws Exception {
		Workbench.onUi(() -> {
			model = folder.resolve("lvjian-2017.zeren");
			Files.copy(Path.of("../../examples/lvjian-2017.zeren"), model, StandardCopyOption.REPLACE_EXISTING);
			session = ModelSession.get();
			session.close();
			session.open(model);
			Ui.waitUntil("the example model to open", 30_000, () -> session.model() != null && session.model().file().equals(model));
			Ui.settle(100);
		});
	}

	@AfterEach
	void discard() throws Exception {
		Workbench.onUi(() -> {
			session.close();
			UnsavedChanges.testAnswer = -1;
		});
	}

	private Duty duty(String code) {
		for (DutyList list : session.root().getDutyLists()) {
			for (Duty d : list.getDuties()) {
				if (code.equals(d.getCode()) && list.getHolder() != null && list.getHolder().eClass().getName().equals("Committee")) {
					return d;
				}
			}
		}
		throw new AssertionError("no committee duty " + code + " in the example");
	}

	@Test
	void opensTheExampleInTheExplorer() throws Exception {
		Workbench.onUi(() -> {
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			ResponsibilityModel root = session.root();
			assertEquals(555, root.getDutyLists().stream().mapToInt(l -> l.getDuties().size()).sum());
			assertSame(root, explorer.getViewer().getInput());
			TreeItem[] top = explorer.getViewer().getTree().getItems();
			assertEquals("绿建区安全生产委员会", top[0].getText());
			assertEquals("lvjian-2017.zeren - Zeren", Ui.window().getShell().getText());
			// the contract with the diagram bundle: the model's resource set belongs to the session's editing domain
			assertSame(session.domain(), AdapterFactoryEditingDomain.getEditingDomainFor(root));
			Ui.screenshot("01-example-open");
		});
	}

	@Test
	void selectingADutyShowsItsPropertiesAndAnEditCanBeUndoneAndRedone() throws Exception {
		Workbench.onUi(() -> {
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			PropertiesView properties = Ui.view(PropertiesView.ID, PropertiesView.class);
			Duty duty = duty(DUTY_CODE);
			Ui.page().activate(explorer);
			explorer.getViewer().getControl().setFocus();
			explorer.reveal(List.of(duty));
			Ui.waitUntil("the properties view to show the duty", 5_000, () -> properties.getShown() == duty);
			assertEquals(DUTY_CODE + "  " + DUTY_TITLE, explorer.getViewer().getTree().getSelection()[0].getText());
			Text title = (Text) properties.editor("title");
			assertEquals(DUTY_TITLE, title.getText());
			Ui.settle(1000); // the diagram view lays out the duty's chain in a job
			Ui.screenshot("02-duty-selected");

			// type a new title and leave the field, as a user does
			title.setFocus();
			title.setText("组织年度安全生产考核");
			title.notifyListeners(SWT.FocusOut, new Event());
			assertEquals("组织年度安全生产考核", duty.getTitle());
			assertTrue(session.isDirty());
			Ui.settle(100);
			assertEquals("*lvjian-2017.zeren - Zeren", Ui.window().getShell().getText());
			assertEquals(DUTY_CODE + "  组织年度安全生产考核", explorer.getViewer().getTree().getSelection()[0].getText());
			assertTrue(Ui.enabled("org.eclipse.ui.edit.undo"));
			Ui.screenshot("03-duty-title-edited");

			Ui.run("org.eclipse.ui.edit.undo");
			assertEquals(DUTY_TITLE, duty.getTitle());
			assertFalse(session.isDirty());
			// the form follows the model asynchronously (a busy machine may take a while)
			Ui.waitUntil("the form to show the title again", 10_000, () -> DUTY_TITLE.equals(title.getText()));
			assertEquals("lvjian-2017.zeren - Zeren", Ui.window().getShell().getText());

			Ui.run("org.eclipse.ui.edit.redo");
			assertEquals("组织年度安全生产考核", duty.getTitle());
			Ui.run("org.eclipse.ui.edit.undo");
			assertEquals(DUTY_TITLE, duty.getTitle());
			Ui.screenshot("04-duty-title-undone");
		});
	}

	@Test
	void undoRedoAndSaveHaveTheUsualKeys() throws Exception {
		Workbench.onUi(() -> {
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			assertTrue(List.of(bindings.getActiveBindingsFor("org.eclipse.ui.edit.undo")).stream().anyMatch(k -> k.format().equals("Ctrl+Z")));
			assertTrue(List.of(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo")).stream().anyMatch(k -> k.format().equals("Ctrl+Y")));
			assertTrue(List.of(bindings.getActiveBindingsFor("org.eclipse.ui.file.save")).stream().anyMatch(k -> k.format().equals("Ctrl+S")));
		});
	}

	@Test
	void savingWritesTheFileAtomicallyAndValidatesAgain() throws Exception {
		Workbench.onUi(() -> {
			Duty duty = duty(DUTY_CODE);
			ProblemsView problems = Ui.view(ProblemsView.ID, ProblemsView.class);
			assertFalse(Ui.enabled("org.eclipse.ui.file.save"));
			Command set = org.eclipse.emf.edit.command.SetCommand.create(session.domain(), duty,
					org.zeren.model.ZerenPackage.Literals.DUTY__TITLE, "保存测试标题");
			session.domain().getCommandStack().execute(set);
			assertTrue(Ui.enabled("org.eclipse.ui.file.save"));
			Ui.run("org.eclipse.ui.file.save");
			assertFalse(session.isDirty());
			assertTrue(Files.readString(model).contains("title=\"保存测试标题\""));
			assertTrue(Files.exists(folder.resolve("lvjian-2017.zeren.bak")));
			// validation runs after every save
			Ui.waitUntil("validation after save", 30_000, () -> problems.getReport() != null);
		});
	}

	@Test
	void validationListsTheExampleFindingsAndDoubleClickSelectsTheElement() throws Exception {
		Workbench.onUi(() -> {
			ProblemsView problems = Ui.view(ProblemsView.ID, ProblemsView.class);
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			problems.validate();
			Ui.waitUntil("validation", 30_000, () -> problems.getReport() != null);
			assertEquals(0, problems.getReport().count(Severity.ERROR));
			assertEquals(18, problems.getReport().count(Severity.WARNING));
			assertEquals(18, problems.getViewer().getTable().getItemCount());
			assertEquals("0 errors, 18 warnings, 0 infos", problems.getContentDescription());
			Ui.screenshot("05-validation");

			Finding first = problems.getReport().findings().get(0);
			assertNotNull(first.element());
			problems.getViewer().setSelection(new StructuredSelection(first), true);
			Event doubleClick = new Event();
			doubleClick.item = problems.getViewer().getTable().getItem(0);
			problems.getViewer().getTable().notifyListeners(SWT.DefaultSelection, doubleClick);
			Ui.settle(100);
			assertEquals(List.of(first.element()), explorer.getViewer().getStructuredSelection().toList());
			Ui.screenshot("06-finding-selected");
		});
	}

	@Test
	void aPartyAddedToTheModelAppearsInTheExplorerAndGoesWithUndo() throws Exception {
		// the explorer did not follow changes of the model's own lists (the root had no item provider attached)
		Workbench.onUi(() -> {
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			org.zeren.model.Enterprise added = org.zeren.model.ZerenFactory.eINSTANCE.createEnterprise();
			added.setName("新设生产经营单位");
			session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(session.domain(),
					session.root(), org.zeren.model.ZerenPackage.Literals.RESPONSIBILITY_MODEL__PARTIES, added));
			Ui.settle(100);
			assertTrue(topLevelLabels(explorer).stream().anyMatch(t -> t.contains("新设生产经营单位")),
					() -> "top level: " + topLevelLabels(explorer));
			Ui.run("org.eclipse.ui.edit.undo");
			Ui.settle(100);
			assertFalse(topLevelLabels(explorer).stream().anyMatch(t -> t.contains("新设生产经营单位")),
					() -> "top level: " + topLevelLabels(explorer));
		});
	}

	private static List<String> topLevelLabels(ModelExplorerView explorer) {
		return java.util.Arrays.stream(explorer.getViewer().getTree().getItems()).map(i -> i.getText()).toList();
	}

	@Test
	void draggingADutyBeforeAnotherReordersItsListAndUndoRestoresTheOrder() throws Exception {
		Workbench.onUi(() -> {
			Duty first = duty("AP-C-01");
			DutyList list = first.getList();
			List<String> before = codes(list);
			Duty last = list.getDuties().get(list.getDuties().size() - 1);
			Command drop = ExplorerDropAdapter.command(first, ViewerDropAdapter.LOCATION_BEFORE, List.of(last));
			assertTrue(drop.canExecute());
			session.domain().getCommandStack().execute(drop);
			List<String> expected = new ArrayList<>(before);
			expected.remove(last.getCode());
			expected.add(0, last.getCode());
			assertEquals(expected, codes(list));
			Ui.run("org.eclipse.ui.edit.undo");
			assertEquals(before, codes(list));
		});
	}

	@Test
	void closingWithUnsavedChangesAsksAndCancelKeepsTheModel() throws Exception {
		Workbench.onUi(() -> {
			Duty duty = duty(DUTY_CODE);
			session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(), duty,
					org.zeren.model.ZerenPackage.Literals.DUTY__TITLE, "未保存"));
			UnsavedChanges.testAnswer = 2; // Cancel
			assertFalse(UnsavedChanges.askBeforeClosing(Ui.window().getShell()));
			assertTrue(session.isDirty());
			UnsavedChanges.testAnswer = 1; // Don't save
			assertTrue(UnsavedChanges.askBeforeClosing(Ui.window().getShell()));
			assertEquals(null, session.model());
			assertTrue(Files.readString(model).contains(DUTY_TITLE), "the file is unchanged");
		});
	}

	@Test
	void droppingADutyOnAnotherListMovesItThereAndUndoPutsItBack() throws Exception {
		Workbench.onUi(() -> {
			Duty duty = duty("AP-C-01");
			DutyList from = duty.getList();
			DutyList to = session.root().getDutyLists().stream().filter(l -> "安全生产监督管理局责任清单".equals(l.getName())).findFirst().orElseThrow();
			List<String> fromBefore = codes(from);
			List<String> toBefore = codes(to);
			session.domain().getCommandStack().execute(ExplorerDropAdapter.command(to, ViewerDropAdapter.LOCATION_ON, List.of(duty)));
			assertSame(to, duty.getList());
			assertEquals("AP-C-01", codes(to).get(toBefore.size()));
			assertEquals(fromBefore.size() - 1, from.getDuties().size());
			Ui.run("org.eclipse.ui.edit.undo");
			assertEquals(fromBefore, codes(from));
			assertEquals(toBefore, codes(to));
		});
	}

	@Test
	void applyingTemplatesPreviewsTheMissingDutyAndFinishCreatesIt() throws Exception {
		Workbench.onUi(() -> {
			Duty duty = duty(DUTY_CODE);
			DutyList list = duty.getList();
			Party committee = list.getHolder();
			session.domain().getCommandStack().execute(DeleteCommand.create(session.domain(), List.of(duty)));
			assertFalse(codes(list).contains(DUTY_CODE));
			ApplyTemplatesWizard wizard = new ApplyTemplatesWizard(List.of(committee));
			WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				dialog.showPage(wizard.getPage("preview"));
				assertEquals(List.of(DUTY_CODE), wizard.preview().stream().map(p -> p.template().code()).toList());
				assertSame(committee, wizard.preview().get(0).party());
				Ui.settle(300);
				Ui.screenshot("07-apply-templates-preview");
				assertTrue(wizard.performFinish());
			} finally {
				dialog.close();
			}
			assertEquals(1, wizard.created());
			assertTrue(codes(list).contains(DUTY_CODE));
			Ui.run("org.eclipse.ui.edit.undo");
			assertFalse(codes(list).contains(DUTY_CODE));
		});
	}

	@Test
	void theFilterFindsAPartyByItsCode() throws Exception {
		Workbench.onUi(() -> {
			ModelExplorerView explorer = Ui.view(ModelExplorerView.ID, ModelExplorerView.class);
			Tree tree = explorer.getViewer().getTree();
			assertTrue(tree.getItemCount() > 1);
			// the committee's code is not in its label: the filter matches codes too
			explorer.getFilteredTree().getFilterControl().setText("LJ-AWH");
			Ui.waitUntil("the filter to leave only the committee", 10_000,
					() -> tree.getItemCount() == 1 && "绿建区安全生产委员会".equals(tree.getItem(0).getText()));
			Ui.screenshot("08-filter-by-code");
			explorer.getFilteredTree().getFilterControl().setText("");
			Ui.waitUntil("the filter to be cleared", 10_000, () -> tree.getItemCount() > 1);
		});
	}

	@Test
	void workAreasViewListsTheWorkAreasAndThenThePluginsThatFailed() throws Exception {
		Workbench.onUi(() -> {
			WorkAreasView view = Ui.view(WorkAreasView.ID, WorkAreasView.class);
			String problem = "Problem: work area ? from bundle org.example.broken failed in activation: "
					+ "java.lang.IllegalStateException: the fire-safety database is not reachable";
			assertFalse(ZerenUiPlugin.get().workAreaRegistry().add(new WorkAreaContribution() {
				@Override
				public String id() {
					throw new IllegalStateException("the fire-safety database is not reachable");
				}

				@Override
				public LocalizedText name() {
					return new LocalizedText("坏插件", "Broken plugin");
				}

				@Override
				public String colour() {
					return "#000000";
				}
			}, "org.example.broken"));
			Ui.waitUntil("the failed plugin in the work areas view", 10_000, () -> {
				TreeItem[] items = view.getViewer().getTree().getItems();
				return items.length > 0 && problem.equals(items[items.length - 1].getText());
			});
			TreeItem[] items = view.getViewer().getTree().getItems();
			assertEquals(9, items.length, "the eight work areas, then the problem");
			assertTrue(items[0].getText().startsWith("Appraisal  #AD1457  (org.zeren.workarea.appraisal)"), items[0].getText());
			assertNotNull(items[8].getImage(), "a warning icon");
			Ui.screenshot("work-areas-problem");
		});
	}

	private static List<String> codes(DutyList list) {
		return list.getDuties().stream().map(Duty::getCode).toList();
	}
}
