package org.peerplan.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the release and the build, from the command line bundle's own version, whose qualifier the build
 * stamps with its time (yyyyMMddHHmm), so that a report of a fault can say which build made it.
 */
final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(BuildVersion.class);
        return new String[] { bundle == null ? "PeerPlan Workbench (run outside its installation)"
                : of(bundle.getVersion()) };
    }

    static String of(Version version) {
        String release = "PeerPlan Workbench " + version.getMajor() + "." + version.getMinor() + "."
                + version.getMicro();
        String stamp = version.getQualifier();
        if (!stamp.matches("\\d{12}")) {
            return stamp.isEmpty() ? release : release + " (build " + stamp + ")";
        }
        return release + " (build of " + stamp.substring(0, 4) + "-" + stamp.substring(4, 6) + "-"
                + stamp.substring(6, 8) + " " + stamp.substring(8, 10) + ":" + stamp.substring(10) + " UTC)";
    }
}
