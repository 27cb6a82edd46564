/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.PolicyCheckItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PolicyFinding#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyFinding#getStatus <em>Status</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyFinding#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPolicyFinding()
 * @model
 * @generated
 */
public interface PolicyFinding extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(PolicyCheckItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyFinding_Item()
	 * @model required="true"
	 * @generated
	 */
	PolicyCheckItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyFinding#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(PolicyCheckItemDef value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.FindingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.FindingStatus
	 * @see #setStatus(FindingStatus)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyFinding_Status()
	 * @model
	 * @generated
	 */
	FindingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyFinding#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.FindingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FindingStatus value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyFinding_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyFinding#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // PolicyFinding
