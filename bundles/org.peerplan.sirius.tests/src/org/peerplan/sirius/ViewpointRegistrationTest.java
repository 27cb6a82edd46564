package org.peerplan.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;

/**
 * How the bundle hands its specification to Sirius: plugin.xml names the activator for Sirius to load, and starting
 * and stopping the bundle registers and withdraws the viewpoints. Sirius is absent here, so the registry is the
 * stand-in in {@code org.eclipse.sirius.business.api.componentization}, with Sirius's signatures.
 */
class ViewpointRegistrationTest {

    private final Bundle bundle = FrameworkUtil.getBundle(PeerPlanViewpoints.class);
    private final ViewpointRegistry sirius = ViewpointRegistry.getInstance();

    @BeforeEach
    void forgetEarlierCalls() {
        sirius.forget();
    }

    @Test
    void startingTheBundleRegistersTheSpecificationAndStoppingWithdrawsItsViewpoints() throws Exception {
        bundle.stop();
        sirius.forget();
        try {
            bundle.start();
            assertEquals(List.of("org.peerplan.sirius/description/peerplan.odesign"), sirius.registeredFrom());
            assertEquals(List.of(), sirius.disposed());

            bundle.stop();
            assertEquals(1, sirius.handedOut().size());
            assertEquals(sirius.handedOut(), sirius.disposed());
        } finally {
            bundle.start();
        }
    }

    @Test
    void theRegisteredPathIsTheShippedSpecification() {
        String[] bundleAndPath = PeerPlanViewpoints.SPECIFICATION.split("/", 2);
        assertEquals(bundle.getSymbolicName(), bundleAndPath[0]);
        assertNotNull(bundle.getEntry(bundleAndPath[1]), "the bundle ships " + bundleAndPath[1]);
    }

    @Test
    void withoutSiriusNothingIsRegistered() throws Exception {
        SiriusRegistry registry = new SiriusRegistry(new ClassLoader(null) {
        });
        assertFalse(registry.register(PeerPlanViewpoints.SPECIFICATION));
        registry.unregisterAll();
        assertEquals(List.of(), sirius.registeredFrom());
    }

    @Test
    void pluginXmlNamesTheActivatorForSiriusToLoad() throws Exception {
        Element component;
        try (InputStream pluginXml = bundle.getEntry("plugin.xml").openStream()) {
            Element extension = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pluginXml)
                    .getElementsByTagName("extension").item(0);
            assertEquals("org.eclipse.sirius.componentization", extension.getAttribute("point"));
            component = (Element) extension.getElementsByTagName("component").item(0);
        }
        assertEquals(PeerPlanViewpoints.class.getName(), component.getAttribute("class"));
        assertEquals(PeerPlanViewpoints.class.getName(), bundle.getHeaders().get("Bundle-Activator"));
        assertEquals("lazy", bundle.getHeaders().get("Bundle-ActivationPolicy"));
    }
}
