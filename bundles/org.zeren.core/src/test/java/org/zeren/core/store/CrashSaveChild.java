package org.zeren.core.store;

import java.nio.file.Path;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.zeren.model.Duty;
import org.zeren.model.ResponsibilityModel;

/**
 * Child process of {@link CrashSafetyTest}: saves a big model alternately in state A and state B, forever, printing
 * {@code saved A} or {@code saved B} after each complete save, until it is killed.
 */
public final class CrashSaveChild {

    static final long SEED = 20170223L;

    private CrashSaveChild() {
    }

    /** Builds the model the child saves (the parent builds the same one to compare). */
    static LoadedModel model(XmiModelStore store, Path file, int elements) {
        LoadedModel model = store.create(file, "崩溃测试");
        ModelGenerator.fill(model.model(), elements, SEED);
        return model;
    }

    /** Puts the model in state A or B: every duty's title and the model's name carry the state. */
    static void setState(ResponsibilityModel model, char state) {
        model.setName("状态" + state);
        for (TreeIterator<EObject> i = model.eAllContents(); i.hasNext();) {
            if (i.next() instanceof Duty duty) {
                duty.setTitle("履职事项（状态" + state + "）" + duty.getCode());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        XmiModelStore store = new XmiModelStore();
        LoadedModel model = model(store, Path.of(args[0]), Integer.parseInt(args[1]));
        for (char state = 'A';; state = state == 'A' ? 'B' : 'A') {
            setState(model.model(), state);
            store.save(model);
            System.out.println("saved " + state);
            System.out.flush();
        }
    }
}
