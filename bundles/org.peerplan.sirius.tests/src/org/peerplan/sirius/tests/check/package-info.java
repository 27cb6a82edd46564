/**
 * Checks a Sirius viewpoint specification without Sirius: its conformance to Sirius's own metamodels (read from
 * shared/sirius beside the repository), and its consistency with a domain metamodel, down to every feature its
 * expressions navigate. The expression check understands the part of AQL the PeerPlan specification uses and
 * reports anything else as unchecked rather than passing over it.
 */
package org.peerplan.sirius.tests.check;
