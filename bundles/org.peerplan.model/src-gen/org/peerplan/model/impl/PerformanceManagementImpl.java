/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.Accommodation;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.PerformanceManagement;
import org.peerplan.model.PlanOfAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Performance Management</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PerformanceManagementImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceManagementImpl#getWorkPlans <em>Work Plans</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceManagementImpl#getPlansOfAction <em>Plans Of Action</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceManagementImpl#getAccommodations <em>Accommodations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerformanceManagementImpl extends MinimalEObjectImpl.Container implements PerformanceManagement {
	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<PerformanceEvaluation> evaluations;

	/**
	 * The cached value of the '{@link #getWorkPlans() <em>Work Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<CollaborativeWorkPlan> workPlans;

	/**
	 * The cached value of the '{@link #getPlansOfAction() <em>Plans Of Action</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlansOfAction()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanOfAction> plansOfAction;

	/**
	 * The cached value of the '{@link #getAccommodations() <em>Accommodations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccommodations()
	 * @generated
	 * @ordered
	 */
	protected EList<Accommodation> accommodations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerformanceManagementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.PERFORMANCE_MANAGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerformanceEvaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<PerformanceEvaluation>(PerformanceEvaluation.class, this, PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CollaborativeWorkPlan> getWorkPlans() {
		if (workPlans == null) {
			workPlans = new EObjectContainmentEList<CollaborativeWorkPlan>(CollaborativeWorkPlan.class, this, PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS);
		}
		return workPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanOfAction> getPlansOfAction() {
		if (plansOfAction == null) {
			plansOfAction = new EObjectContainmentEList<PlanOfAction>(PlanOfAction.class, this, PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION);
		}
		return plansOfAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Accommodation> getAccommodations() {
		if (accommodations == null) {
			accommodations = new EObjectContainmentEList<Accommodation>(Accommodation.class, this, PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS);
		}
		return accommodations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS:
				return ((InternalEList<?>)getWorkPlans()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION:
				return ((InternalEList<?>)getPlansOfAction()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS:
				return ((InternalEList<?>)getAccommodations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS:
				return getEvaluations();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS:
				return getWorkPlans();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION:
				return getPlansOfAction();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS:
				return getAccommodations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends PerformanceEvaluation>)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS:
				getWorkPlans().clear();
				getWorkPlans().addAll((Collection<? extends CollaborativeWorkPlan>)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION:
				getPlansOfAction().clear();
				getPlansOfAction().addAll((Collection<? extends PlanOfAction>)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS:
				getAccommodations().clear();
				getAccommodations().addAll((Collection<? extends Accommodation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS:
				getEvaluations().clear();
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS:
				getWorkPlans().clear();
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION:
				getPlansOfAction().clear();
				return;
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS:
				getAccommodations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__WORK_PLANS:
				return workPlans != null && !workPlans.isEmpty();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION:
				return plansOfAction != null && !plansOfAction.isEmpty();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT__ACCOMMODATIONS:
				return accommodations != null && !accommodations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PerformanceManagementImpl
