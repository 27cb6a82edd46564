/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funder Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.FunderConstraint#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.peerplan.model.FunderConstraint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.FunderConstraint#getFirstPeerStartBy <em>First Peer Start By</em>}</li>
 *   <li>{@link org.peerplan.model.FunderConstraint#getAnnualAmount <em>Annual Amount</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getFunderConstraint()
 * @model
 * @generated
 */
public interface FunderConstraint extends EObject {
	/**
	 * Returns the value of the '<em><b>Funder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder</em>' attribute.
	 * @see #setFunder(String)
	 * @see org.peerplan.model.PeerPlanPackage#getFunderConstraint_Funder()
	 * @model
	 * @generated
	 */
	String getFunder();

	/**
	 * Sets the value of the '{@link org.peerplan.model.FunderConstraint#getFunder <em>Funder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funder</em>' attribute.
	 * @see #getFunder()
	 * @generated
	 */
	void setFunder(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getFunderConstraint_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.FunderConstraint#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>First Peer Start By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date by which the funder requires the first peer to start, if it imposes one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Peer Start By</em>' attribute.
	 * @see #setFirstPeerStartBy(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getFunderConstraint_FirstPeerStartBy()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFirstPeerStartBy();

	/**
	 * Sets the value of the '{@link org.peerplan.model.FunderConstraint#getFirstPeerStartBy <em>First Peer Start By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Peer Start By</em>' attribute.
	 * @see #getFirstPeerStartBy()
	 * @generated
	 */
	void setFirstPeerStartBy(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Annual Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this funder pays toward the plan in each plan year, if anything.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Amount</em>' attribute.
	 * @see #setAnnualAmount(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getFunderConstraint_AnnualAmount()
	 * @model
	 * @generated
	 */
	BigDecimal getAnnualAmount();

	/**
	 * Sets the value of the '{@link org.peerplan.model.FunderConstraint#getAnnualAmount <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Amount</em>' attribute.
	 * @see #getAnnualAmount()
	 * @generated
	 */
	void setAnnualAmount(BigDecimal value);

} // FunderConstraint
