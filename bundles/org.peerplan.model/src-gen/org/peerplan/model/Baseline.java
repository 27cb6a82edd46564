/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan's dates, budget and open findings as they stood when the baseline was set; it does not change when the plan does.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Baseline#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Baseline#getSetOn <em>Set On</em>}</li>
 *   <li>{@link org.peerplan.model.Baseline#getFirstPeerStart <em>First Peer Start</em>}</li>
 *   <li>{@link org.peerplan.model.Baseline#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.peerplan.model.Baseline#getBudgetYears <em>Budget Years</em>}</li>
 *   <li>{@link org.peerplan.model.Baseline#getOpenFindings <em>Open Findings</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Baseline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Set On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set On</em>' attribute.
	 * @see #setSetOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_SetOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getSetOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Baseline#getSetOn <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set On</em>' attribute.
	 * @see #getSetOn()
	 * @generated
	 */
	void setSetOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>First Peer Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Peer Start</em>' attribute.
	 * @see #setFirstPeerStart(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_FirstPeerStart()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFirstPeerStart();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Baseline#getFirstPeerStart <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Peer Start</em>' attribute.
	 * @see #getFirstPeerStart()
	 * @generated
	 */
	void setFirstPeerStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.TaskBaseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskBaseline> getTasks();

	/**
	 * Returns the value of the '<em><b>Budget Years</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.BudgetYearBaseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Years</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_BudgetYears()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetYearBaseline> getBudgetYears();

	/**
	 * Returns the value of the '<em><b>Open Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.FindingBaseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Open Findings</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getBaseline_OpenFindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<FindingBaseline> getOpenFindings();

} // Baseline
