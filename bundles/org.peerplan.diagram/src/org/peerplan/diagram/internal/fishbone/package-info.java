/**
 * The fishbone (Ishikawa) diagram of a root cause analysis: the current situation at the head of a horizontal spine,
 * one slanted bone per cause category, each cause on a twig of its bone with its why-chain and sub-causes beneath it,
 * and the causes that have no intervention proposed marked. ELK has no such layout, so the geometry is computed here
 * from the measured text: every bone's region grows with its causes and nothing overlaps.
 */
package org.peerplan.diagram.internal.fishbone;
