/**
 * The PeerPlan workbench, where a consultant makes a plan: the plan editor and its pages ({@code editor}), the views
 * ({@code views}), the wizards, the diagrams on screen, the JFace adapters over the item providers ({@code jface}) and
 * the application that puts them in one window. Nothing here computes: the engine lives in core.
 */
package org.peerplan.ui;
