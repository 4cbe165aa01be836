package org.zeren.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.zeren.ui.model.ModelSession;

/** A handler whose enablement follows the {@link ModelSession} (recomputed after every change of it). */
public abstract class SessionHandler extends AbstractHandler {

	private final ModelSession.Listener listener = new ModelSession.Listener() {
		@Override
		public void modelOpened(ModelSession session) {
			update();
		}

		@Override
		public void modelChanged(ModelSession session) {
			update();
		}
	};

	/** Starts following the session. */
	protected SessionHandler() {
		ModelSession.get().addListener(listener);
		update();
	}

	private void update() {
		setBaseEnabled(computeEnabled(ModelSession.get()));
	}

	/**
	 * @param session the session
	 * @return whether the handler can act now
	 */
	protected boolean computeEnabled(ModelSession session) {
		return session.model() != null;
	}

	@Override
	public void dispose() {
		ModelSession.get().removeListener(listener);
		super.dispose();
	}
}
