/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wellbeing Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.WellbeingPractice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.peerplan.model.WellbeingPractice#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getWellbeingPractice()
 * @model
 * @generated
 */
public interface WellbeingPractice extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.WellbeingPracticeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.WellbeingPracticeKind
	 * @see #setKind(WellbeingPracticeKind)
	 * @see org.peerplan.model.PeerPlanPackage#getWellbeingPractice_Kind()
	 * @model
	 * @generated
	 */
	WellbeingPracticeKind getKind();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WellbeingPractice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.WellbeingPracticeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(WellbeingPracticeKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getWellbeingPractice_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WellbeingPractice#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // WellbeingPractice
