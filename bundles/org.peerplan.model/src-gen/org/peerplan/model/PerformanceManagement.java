/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Management</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PerformanceManagement#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceManagement#getWorkPlans <em>Work Plans</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceManagement#getPlansOfAction <em>Plans Of Action</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceManagement#getAccommodations <em>Accommodations</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPerformanceManagement()
 * @model
 * @generated
 */
public interface PerformanceManagement extends EObject {
	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PerformanceEvaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceManagement_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceEvaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Work Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.CollaborativeWorkPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Plans</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceManagement_WorkPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<CollaborativeWorkPlan> getWorkPlans();

	/**
	 * Returns the value of the '<em><b>Plans Of Action</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PlanOfAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans Of Action</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceManagement_PlansOfAction()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanOfAction> getPlansOfAction();

	/**
	 * Returns the value of the '<em><b>Accommodations</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Accommodation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accommodations</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceManagement_Accommodations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Accommodation> getAccommodations();

} // PerformanceManagement
