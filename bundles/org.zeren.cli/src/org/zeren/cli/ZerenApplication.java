package org.zeren.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.zeren.cli.commands.CliException;
import org.zeren.cli.commands.ZerenCli;

/**
 * The Equinox application {@code org.zeren.cli.app}: runs one {@code zeren} command with the application arguments
 * and returns its exit code.
 * <p>
 * Exit code: Equinox ({@code EclipseAppHandle} of org.eclipse.equinox.app) sets the system property
 * {@code eclipse.exitcode} from an {@link Integer} returned by the default application, and the launcher
 * ({@code org.eclipse.equinox.launcher.Main}) exits the JVM with it after shutting the framework down. So this
 * application returns the code and never calls {@code System.exit}; {@code ./zeren} passes it on.
 * <p>
 * Output: results on standard output, messages on standard error, both in the encoding of
 * {@code System.out}/{@code System.err} (the {@code stdout.encoding} property; {@code ./zeren} sets UTF-8).
 * <p>
 * With the system property {@code zeren.timing=true} a last line on standard error gives the milliseconds from
 * JVM start to the application, to the services, and to the end of the command.
 */
public final class ZerenApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Map<?, ?> arguments = context.getArguments();
		String[] args = arguments.get(IApplicationContext.APPLICATION_ARGS) instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		PrintWriter out = writer(System.out);
		PrintWriter err = writer(System.err);
		int code;
		long started = System.nanoTime();
		long servicesReady = started;
		Bundle bundle = FrameworkUtil.getBundle(ZerenApplication.class);
		try (OsgiServices services = OsgiServices.open(bundle.getBundleContext())) {
			servicesReady = System.nanoTime();
			code = ZerenCli.execute(services.registry(), services.store(), out, err, args);
		} catch (CliException e) {
			err.println(e.getMessage());
			code = e.exitCode();
		} finally {
			out.flush();
			if (Boolean.getBoolean("zeren.timing")) {
				long jvm = ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - started) / 1_000_000;
				err.println("timing: application started " + jvm + " ms after the JVM, services after "
						+ (servicesReady - started) / 1_000_000 + " ms more, command took "
						+ (System.nanoTime() - servicesReady) / 1_000_000 + " ms");
			}
			err.flush();
		}
		return code == ZerenCli.OK ? IApplication.EXIT_OK : Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), false);
	}
}
