package org.eclipse.sirius.viewpoint.description;

/** Test stand-in for Sirius's viewpoint, which the stand-in registry hands out and takes back. */
public interface Viewpoint {
}
