/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Waiver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Switches one validation rule off for this plan, with the reason recorded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.RuleWaiver#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.peerplan.model.RuleWaiver#getReason <em>Reason</em>}</li>
 *   <li>{@link org.peerplan.model.RuleWaiver#getWaivedBy <em>Waived By</em>}</li>
 *   <li>{@link org.peerplan.model.RuleWaiver#getWaivedOn <em>Waived On</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getRuleWaiver()
 * @model
 * @generated
 */
public interface RuleWaiver extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRuleWaiver_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RuleWaiver#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRuleWaiver_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RuleWaiver#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Waived By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waived By</em>' attribute.
	 * @see #setWaivedBy(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRuleWaiver_WaivedBy()
	 * @model
	 * @generated
	 */
	String getWaivedBy();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RuleWaiver#getWaivedBy <em>Waived By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waived By</em>' attribute.
	 * @see #getWaivedBy()
	 * @generated
	 */
	void setWaivedBy(String value);

	/**
	 * Returns the value of the '<em><b>Waived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waived On</em>' attribute.
	 * @see #setWaivedOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getRuleWaiver_WaivedOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getWaivedOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RuleWaiver#getWaivedOn <em>Waived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waived On</em>' attribute.
	 * @see #getWaivedOn()
	 * @generated
	 */
	void setWaivedOn(LocalDate value);

} // RuleWaiver
