/**
 * The PeerPlan viewpoint for Sirius: description/peerplan.odesign, and the activator that hands it to Sirius's
 * viewpoint registry in an Eclipse where Sirius is installed. Nothing here needs Sirius to compile or to resolve.
 */
package org.peerplan.sirius;
