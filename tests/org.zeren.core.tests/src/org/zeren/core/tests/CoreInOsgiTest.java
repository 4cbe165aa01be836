package org.zeren.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.zeren.core.store.LoadedModel;
import org.zeren.core.store.ModelStore;
import org.zeren.core.store.ModelStoreException;
import org.zeren.core.workarea.WorkAreaRegistry;
import org.zeren.model.Committee;
import org.zeren.model.Department;
import org.zeren.model.ResponsibilityModel;
import org.zeren.model.ZerenFactory;
import org.zeren.model.ZerenPackage;
import org.zeren.model.provider.ZerenItemProviderAdapterFactory;

/** The core inside Equinox: services from Declarative Services, packages from the extension registry. */
class CoreInOsgiTest {

	static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CoreInOsgiTest.class).getBundleContext(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, "no " + type.getName() + " service after 10 s: is Felix SCR running?");
		return service;
	}

	@Test
	void metamodelIsRegisteredThroughThePluginXml() {
		assertSame(ZerenPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ZerenPackage.eNS_URI));
		assertNotNull(Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("zeren"),
				"the .zeren resource factory is registered by org.zeren.model's plugin.xml");
	}

	@Test
	void modelStoreServiceSavesAndLoadsAModel(@TempDir Path dir) throws Exception {
		ModelStore store = service(ModelStore.class);
		Path file = dir.resolve("区安委会.zeren");
		LoadedModel created = store.create(file, "绿建区");
		Committee committee = ZerenFactory.eINSTANCE.createCommittee();
		committee.setName("绿建区安全生产委员会");
		Department department = ZerenFactory.eINSTANCE.createDepartment();
		department.setName("应急管理局");
		department.setSupervisory(true);
		committee.getChildren().add(department);
		created.model().getParties().add(committee);
		store.save(created);

		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("绿建区安全生产委员会"), "Chinese text is written as UTF-8, not escaped");
		LoadedModel loaded = store.load(file);
		ResponsibilityModel model = loaded.model();
		assertTrue(EcoreUtil.equals(created.model(), model));
		assertEquals(created.resource().getID(department),
				loaded.resource().getID(((Committee) model.getParties().get(0)).getChildren().get(0)));
		assertEquals(java.util.List.of(), loaded.warnings());
	}

	@Test
	void brokenFileIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
		ModelStore store = service(ModelStore.class);
		Path file = dir.resolve("broken.zeren");
		byte[] bytes = "<?xml version=\"1.0\"?>\n<zeren:ResponsibilityModel xmlns:zeren=\"http://www.zeren.org/model/1.0\"\n"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, bytes);
		ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.line() > 0, "names a line");
		assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(file));
	}

	@Test
	void workAreaRegistryServiceRunsWithoutAnyWorkArea() throws Exception {
		WorkAreaRegistry registry = service(WorkAreaRegistry.class);
		assertNotNull(registry.workAreas());
	}

	@Test
	void editLayerLabelsPartiesWithTheirChineseNames() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ZerenItemProviderAdapterFactory());
		Department department = ZerenFactory.eINSTANCE.createDepartment();
		department.setName("应急管理局");
		IItemLabelProvider labels = assertInstanceOf(IItemLabelProvider.class,
				factory.adapt(department, IItemLabelProvider.class));
		assertTrue(labels.getText(department).contains("应急管理局"), labels.getText(department));
		factory.dispose();
	}
}
