package org.minewatch.interfaces;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for every test class of a failsafe execution, rather than one per class.
 *
 * <p>Payara Micro cannot take a deployment once started, so its Arquillian container boots a new server for
 * every deployment and stops it at every undeployment: about 25 s a test class on this machine, a third of the
 * test command's time. Every integration test deploys the same archive ({@link PortalDeployment#asBuilt()}, the
 * WAR as built) and talks to it over HTTP as a client, so the first class's deployment serves all of them: the
 * server boots at the first deployment and stops when Arquillian stops the container, at the end of the run.
 * A class whose archive differs (one that adds a test-only resource) gets a server of its own, and the class
 * after it boots the portal again. The classes already shared one database per execution; now they share one
 * server too, so a test must not count on a server that has seen nothing (a fresh sign-in throttle, an empty
 * log): the ones that need a fresh node start their own ({@code org.minewatch.reliability.PortalNode}).
 *
 * <p>Registered as an Arquillian extension (META-INF/services) that puts this container in the place of
 * Payara's, with its configuration from arquillian.xml unchanged.
 */
public class OnePortalPerRun extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(OnePortalPerRun.class.getName());

    private Archive<?> deployed;
    private ProtocolMetaData served;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed != null && sameContent(deployed, archive)) {
            LOG.info(() -> "Reusing the running Payara Micro with " + archive.getName());
            return served;
        }
        if (deployed != null) {
            // a class that adds to the portal (a test-only resource) gets a server of its own; the next class boots the portal again
            LOG.info(() -> "Another archive than the running one: stopping it to boot " + archive.getName());
            stopServer();
        }
        served = super.deploy(archive);
        deployed = archive;
        return served;
    }

    private static boolean sameContent(Archive<?> one, Archive<?> other) {
        return one.getName().equals(other.getName()) && one.getContent().keySet().equals(other.getContent().keySet());
    }

    /** Kept for the next class: the server stops with the container, at the end of the run. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopServer();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the portal's Payara Micro", e);
        }
        super.stop();
    }

    private void stopServer() throws DeploymentException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } finally {
                deployed = null;
                served = null;
            }
        }
    }

    /** Puts {@link OnePortalPerRun} in the place of Payara Micro's own container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OnePortalPerRun.class);
        }
    }
}
