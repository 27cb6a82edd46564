/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Policy#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Policy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Policy#isPeerRolesOnly <em>Peer Roles Only</em>}</li>
 *   <li>{@link org.peerplan.model.Policy#isFlexible <em>Flexible</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPolicy()
 * @model
 * @generated
 */
public interface Policy extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Policy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Policy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Peer Roles Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Applies to peer roles only; the guidance asks for policies that apply across the board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer Roles Only</em>' attribute.
	 * @see #setPeerRolesOnly(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicy_PeerRolesOnly()
	 * @model
	 * @generated
	 */
	boolean isPeerRolesOnly();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Policy#isPeerRolesOnly <em>Peer Roles Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer Roles Only</em>' attribute.
	 * @see #isPeerRolesOnly()
	 * @generated
	 */
	void setPeerRolesOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Flexible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flexible</em>' attribute.
	 * @see #setFlexible(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicy_Flexible()
	 * @model
	 * @generated
	 */
	boolean isFlexible();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Policy#isFlexible <em>Flexible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flexible</em>' attribute.
	 * @see #isFlexible()
	 * @generated
	 */
	void setFlexible(boolean value);

} // Policy
