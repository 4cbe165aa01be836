/**
 * The model store: creates, loads and saves Zeren responsibility models ({@code .zeren} files, XMI in UTF-8).
 * <p>
 * {@link org.zeren.core.store.ModelStore} is the service interface (an OSGi service, implemented by the Declarative
 * Services component {@link org.zeren.core.store.XmiModelStore}, which also works as {@code new XmiModelStore()}
 * outside OSGi). A model in memory is a {@link org.zeren.core.store.LoadedModel}; a file that cannot be loaded or
 * saved gives a {@link org.zeren.core.store.ModelStoreException} ({@code FILE:LINE:COL: what is wrong}; for a save
 * {@code FILE: what is wrong}); things a user should know about a loaded file are
 * {@link org.zeren.core.store.StoreDiagnostic} warnings.
 * <p>
 * Saving is atomic (temporary file, fsync, backup, atomic rename) and replaces only regular files; DOCTYPEs, entities
 * and references to other files or resources are refused (a model is one self-contained file); content of
 * newer versions and of work-area packages that are not installed is kept and written back. See
 * {@link org.zeren.core.store.XmiModelStore} for the design.
 */
package org.zeren.core.store;
