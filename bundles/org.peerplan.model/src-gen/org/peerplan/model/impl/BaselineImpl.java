/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.Baseline;
import org.peerplan.model.BudgetYearBaseline;
import org.peerplan.model.FindingBaseline;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.TaskBaseline;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getSetOn <em>Set On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getFirstPeerStart <em>First Peer Start</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getBudgetYears <em>Budget Years</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BaselineImpl#getOpenFindings <em>Open Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineImpl extends MinimalEObjectImpl.Container implements Baseline {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSetOn() <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SET_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetOn() <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate setOn = SET_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstPeerStart() <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIRST_PEER_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstPeerStart() <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate firstPeerStart = FIRST_PEER_START_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskBaseline> tasks;

	/**
	 * The cached value of the '{@link #getBudgetYears() <em>Budget Years</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetYears()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetYearBaseline> budgetYears;

	/**
	 * The cached value of the '{@link #getOpenFindings() <em>Open Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<FindingBaseline> openFindings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.BASELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BASELINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSetOn() {
		return setOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetOn(LocalDate newSetOn) {
		LocalDate oldSetOn = setOn;
		setOn = newSetOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BASELINE__SET_ON, oldSetOn, setOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFirstPeerStart() {
		return firstPeerStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPeerStart(LocalDate newFirstPeerStart) {
		LocalDate oldFirstPeerStart = firstPeerStart;
		firstPeerStart = newFirstPeerStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BASELINE__FIRST_PEER_START, oldFirstPeerStart, firstPeerStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskBaseline> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<TaskBaseline>(TaskBaseline.class, this, PeerPlanPackage.BASELINE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetYearBaseline> getBudgetYears() {
		if (budgetYears == null) {
			budgetYears = new EObjectContainmentEList<BudgetYearBaseline>(BudgetYearBaseline.class, this, PeerPlanPackage.BASELINE__BUDGET_YEARS);
		}
		return budgetYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FindingBaseline> getOpenFindings() {
		if (openFindings == null) {
			openFindings = new EObjectContainmentEList<FindingBaseline>(FindingBaseline.class, this, PeerPlanPackage.BASELINE__OPEN_FINDINGS);
		}
		return openFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.BASELINE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.BASELINE__BUDGET_YEARS:
				return ((InternalEList<?>)getBudgetYears()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.BASELINE__OPEN_FINDINGS:
				return ((InternalEList<?>)getOpenFindings()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.BASELINE__NAME:
				return getName();
			case PeerPlanPackage.BASELINE__SET_ON:
				return getSetOn();
			case PeerPlanPackage.BASELINE__FIRST_PEER_START:
				return getFirstPeerStart();
			case PeerPlanPackage.BASELINE__TASKS:
				return getTasks();
			case PeerPlanPackage.BASELINE__BUDGET_YEARS:
				return getBudgetYears();
			case PeerPlanPackage.BASELINE__OPEN_FINDINGS:
				return getOpenFindings();
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
			case PeerPlanPackage.BASELINE__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.BASELINE__SET_ON:
				setSetOn((LocalDate)newValue);
				return;
			case PeerPlanPackage.BASELINE__FIRST_PEER_START:
				setFirstPeerStart((LocalDate)newValue);
				return;
			case PeerPlanPackage.BASELINE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends TaskBaseline>)newValue);
				return;
			case PeerPlanPackage.BASELINE__BUDGET_YEARS:
				getBudgetYears().clear();
				getBudgetYears().addAll((Collection<? extends BudgetYearBaseline>)newValue);
				return;
			case PeerPlanPackage.BASELINE__OPEN_FINDINGS:
				getOpenFindings().clear();
				getOpenFindings().addAll((Collection<? extends FindingBaseline>)newValue);
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
			case PeerPlanPackage.BASELINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.BASELINE__SET_ON:
				setSetOn(SET_ON_EDEFAULT);
				return;
			case PeerPlanPackage.BASELINE__FIRST_PEER_START:
				setFirstPeerStart(FIRST_PEER_START_EDEFAULT);
				return;
			case PeerPlanPackage.BASELINE__TASKS:
				getTasks().clear();
				return;
			case PeerPlanPackage.BASELINE__BUDGET_YEARS:
				getBudgetYears().clear();
				return;
			case PeerPlanPackage.BASELINE__OPEN_FINDINGS:
				getOpenFindings().clear();
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
			case PeerPlanPackage.BASELINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.BASELINE__SET_ON:
				return SET_ON_EDEFAULT == null ? setOn != null : !SET_ON_EDEFAULT.equals(setOn);
			case PeerPlanPackage.BASELINE__FIRST_PEER_START:
				return FIRST_PEER_START_EDEFAULT == null ? firstPeerStart != null : !FIRST_PEER_START_EDEFAULT.equals(firstPeerStart);
			case PeerPlanPackage.BASELINE__TASKS:
				return tasks != null && !tasks.isEmpty();
			case PeerPlanPackage.BASELINE__BUDGET_YEARS:
				return budgetYears != null && !budgetYears.isEmpty();
			case PeerPlanPackage.BASELINE__OPEN_FINDINGS:
				return openFindings != null && !openFindings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", setOn: ");
		result.append(setOn);
		result.append(", firstPeerStart: ");
		result.append(firstPeerStart);
		result.append(')');
		return result.toString();
	}

} //BaselineImpl
