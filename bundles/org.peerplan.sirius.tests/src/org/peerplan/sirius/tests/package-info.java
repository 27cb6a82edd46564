/**
 * Tests of the PeerPlan viewpoint specification: that it offers the diagrams of issue 5, fits our metamodel and
 * conforms to Sirius's, and that the checks behind those verdicts pass Sirius's own sample and fail broken files.
 */
package org.peerplan.sirius.tests;
