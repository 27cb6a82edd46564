/**
 * Test stand-ins for the part of Sirius's componentization API that the PeerPlan activator reaches by reflection.
 * They exist only in this test fragment, where Sirius itself is absent; in a Sirius-enabled Eclipse the activator
 * finds Sirius's own classes.
 */
package org.eclipse.sirius.business.api.componentization;
