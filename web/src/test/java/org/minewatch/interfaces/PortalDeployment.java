package org.minewatch.interfaces;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal exactly as the build packaged it (web/target/ROOT.war, named by the failsafe property
 * minewatch.war), rather than an archive assembled class by class: integration tests test what ships.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /** Named ROOT.war so that Payara Micro deploys it at the root context, as the bundle does. */
    public static WebArchive asBuilt() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(System.getProperty("minewatch.war"))).as(WebArchive.class);
    }
}
