/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Action#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getDue <em>Due</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getCost <em>Cost</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getSuccessMeasure <em>Success Measure</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.peerplan.model.Action#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Due()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getDue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Success Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success Measure</em>' attribute.
	 * @see #setSuccessMeasure(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAction_SuccessMeasure()
	 * @model
	 * @generated
	 */
	String getSuccessMeasure();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Action#getSuccessMeasure <em>Success Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Measure</em>' attribute.
	 * @see #getSuccessMeasure()
	 * @generated
	 */
	void setSuccessMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Cause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root causes this action addresses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Addresses()
	 * @model
	 * @generated
	 */
	EList<Cause> getAddresses();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.PolicyFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy-review findings this action resolves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Findings()
	 * @model
	 * @generated
	 */
	EList<PolicyFinding> getFindings();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timeline tasks that carry this action out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getAction_Tasks()
	 * @model
	 * @generated
	 */
	EList<Task> getTasks();

} // Action
