/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.Duty;
import org.peerplan.model.PeerPlanPackage;

import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.DutyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.DutyImpl#isRoutine <em>Routine</em>}</li>
 *   <li>{@link org.peerplan.model.impl.DutyImpl#getConflictsWith <em>Conflicts With</em>}</li>
 *   <li>{@link org.peerplan.model.impl.DutyImpl#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DutyImpl extends MinimalEObjectImpl.Container implements Duty {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isRoutine() <em>Routine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoutine()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROUTINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRoutine() <em>Routine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoutine()
	 * @generated
	 * @ordered
	 */
	protected boolean routine = ROUTINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConflictsWith() <em>Conflicts With</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictsWith()
	 * @generated
	 * @ordered
	 */
	protected ConflictingDutyDef conflictsWith;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DutyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.DUTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DUTY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoutine() {
		return routine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoutine(boolean newRoutine) {
		boolean oldRoutine = routine;
		routine = newRoutine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DUTY__ROUTINE, oldRoutine, routine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictingDutyDef getConflictsWith() {
		if (conflictsWith != null && conflictsWith.eIsProxy()) {
			InternalEObject oldConflictsWith = (InternalEObject)conflictsWith;
			conflictsWith = (ConflictingDutyDef)eResolveProxy(oldConflictsWith);
			if (conflictsWith != oldConflictsWith) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.DUTY__CONFLICTS_WITH, oldConflictsWith, conflictsWith));
			}
		}
		return conflictsWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConflictingDutyDef basicGetConflictsWith() {
		return conflictsWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConflictsWith(ConflictingDutyDef newConflictsWith) {
		ConflictingDutyDef oldConflictsWith = conflictsWith;
		conflictsWith = newConflictsWith;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DUTY__CONFLICTS_WITH, oldConflictsWith, conflictsWith));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.DUTY__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.DUTY__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.DUTY__ROUTINE:
				return isRoutine();
			case PeerPlanPackage.DUTY__CONFLICTS_WITH:
				if (resolve) return getConflictsWith();
				return basicGetConflictsWith();
			case PeerPlanPackage.DUTY__JUSTIFICATION:
				return getJustification();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.DUTY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.DUTY__ROUTINE:
				setRoutine((Boolean)newValue);
				return;
			case PeerPlanPackage.DUTY__CONFLICTS_WITH:
				setConflictsWith((ConflictingDutyDef)newValue);
				return;
			case PeerPlanPackage.DUTY__JUSTIFICATION:
				setJustification((String)newValue);
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
			case PeerPlanPackage.DUTY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.DUTY__ROUTINE:
				setRoutine(ROUTINE_EDEFAULT);
				return;
			case PeerPlanPackage.DUTY__CONFLICTS_WITH:
				setConflictsWith((ConflictingDutyDef)null);
				return;
			case PeerPlanPackage.DUTY__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
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
			case PeerPlanPackage.DUTY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.DUTY__ROUTINE:
				return routine != ROUTINE_EDEFAULT;
			case PeerPlanPackage.DUTY__CONFLICTS_WITH:
				return conflictsWith != null;
			case PeerPlanPackage.DUTY__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", routine: ");
		result.append(routine);
		result.append(", justification: ");
		result.append(justification);
		result.append(')');
		return result.toString();
	}

} //DutyImpl
