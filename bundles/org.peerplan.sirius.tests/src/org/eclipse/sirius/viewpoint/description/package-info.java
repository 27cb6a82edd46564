/** Test stand-in for Sirius's viewpoint type, for the registration tests (see the componentization stand-ins). */
package org.eclipse.sirius.viewpoint.description;
