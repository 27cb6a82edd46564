/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsibility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Responsibility#getArea <em>Area</em>}</li>
 *   <li>{@link org.peerplan.model.Responsibility#getDuties <em>Duties</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getResponsibility()
 * @model
 * @generated
 */
public interface Responsibility extends EObject {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.peerplan.model.PeerPlanPackage#getResponsibility_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Responsibility#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Duties</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duties</em>' attribute list.
	 * @see org.peerplan.model.PeerPlanPackage#getResponsibility_Duties()
	 * @model
	 * @generated
	 */
	EList<String> getDuties();

} // Responsibility
