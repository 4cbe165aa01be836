package org.zeren.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeren.core.store.ModelStoreException.Problem;

/** A temporary file left by a killed save is noticed and reported, and never loaded silently. */
class LeftoverTemporaryFileTest {

    @TempDir
    Path dir;

    private final XmiModelStore store = new XmiModelStore();

    private Path savedModel(String name) throws Exception {
        Path file = dir.resolve(name);
        LoadedModel model = store.create(file, "正式版本");
        store.save(model);
        return file;
    }

    @Test
    void aLeftoverBesideTheFileIsReportedAndNotLoaded() throws Exception {
        Path file = savedModel("district.zeren");
        Path leftover = dir.resolve(".district.zeren.k3j9x2a1.tmp");
        Files.writeString(leftover, BrokenFileTest.HEADER.replace("绿建区", "半截"));
        Files.writeString(dir.resolve(".district.zeren.notes.txt"), "not a leftover"); // other names are not reported
        Files.writeString(dir.resolve(".other.zeren.abc.tmp"), "another file's leftover");

        LoadedModel model = store.load(file);

        assertEquals("正式版本", model.model().getName(), "the real file is loaded, not the leftover");
        assertEquals(1, model.warnings().size(), model.warnings().toString());
        StoreDiagnostic warning = model.warnings().get(0);
        assertEquals(StoreDiagnostic.Kind.LEFTOVER_TEMPORARY_FILE, warning.kind());
        assertTrue(warning.message().contains(".district.zeren.k3j9x2a1.tmp") && warning.message().contains("Delete it"),
                warning.message());
        assertTrue(Files.exists(leftover), "loading never deletes a leftover");
    }

    @Test
    void onlyALeftoverAndNoFileFailsNamingTheLeftover() throws Exception {
        Path file = dir.resolve("lost.zeren");
        Files.writeString(dir.resolve(".lost.zeren.8x7w6v.tmp"), BrokenFileTest.HEADER);
        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
        assertEquals(Problem.ONLY_TEMPORARY_FILE, e.problem());
        assertTrue(e.getMessage().startsWith(file + ":0:0: ") && e.getMessage().contains(".lost.zeren.8x7w6v.tmp")
                && e.getMessage().contains("rename it to lost.zeren"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".lost.zeren.8x7w6v.tmp"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileAndTheOldFileUntouched() throws Exception {
        Path file = savedModel("keep.zeren");
        byte[] before = Files.readAllBytes(file);
        LoadedModel model = store.load(file);
        // an element referenced but not contained anywhere cannot be saved (its reference would dangle)
        org.zeren.model.Department outside = org.zeren.model.ZerenFactory.eINSTANCE.createDepartment();
        org.zeren.model.DutyList list = org.zeren.model.ZerenFactory.eINSTANCE.createDutyList();
        list.setHolder(outside);
        model.model().getDutyLists().add(list);

        ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.save(model));
        assertEquals(Problem.UNSAVABLE_MODEL, e.problem());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("not changed"), e.getMessage());
        assertEquals(new String(before), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("keep.zeren"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }
}
