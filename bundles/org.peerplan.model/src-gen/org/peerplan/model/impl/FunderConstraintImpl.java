/**
 */
package org.peerplan.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.FunderConstraint;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funder Constraint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.FunderConstraintImpl#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.peerplan.model.impl.FunderConstraintImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.FunderConstraintImpl#getFirstPeerStartBy <em>First Peer Start By</em>}</li>
 *   <li>{@link org.peerplan.model.impl.FunderConstraintImpl#getAnnualAmount <em>Annual Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunderConstraintImpl extends MinimalEObjectImpl.Container implements FunderConstraint {
	/**
	 * The default value of the '{@link #getFunder() <em>Funder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunder()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunder() <em>Funder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunder()
	 * @generated
	 * @ordered
	 */
	protected String funder = FUNDER_EDEFAULT;

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
	 * The default value of the '{@link #getFirstPeerStartBy() <em>First Peer Start By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStartBy()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIRST_PEER_START_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstPeerStartBy() <em>First Peer Start By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStartBy()
	 * @generated
	 * @ordered
	 */
	protected LocalDate firstPeerStartBy = FIRST_PEER_START_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualAmount() <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANNUAL_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualAmount() <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal annualAmount = ANNUAL_AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunderConstraintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.FUNDER_CONSTRAINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunder() {
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunder(String newFunder) {
		String oldFunder = funder;
		funder = newFunder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.FUNDER_CONSTRAINT__FUNDER, oldFunder, funder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.FUNDER_CONSTRAINT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFirstPeerStartBy() {
		return firstPeerStartBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPeerStartBy(LocalDate newFirstPeerStartBy) {
		LocalDate oldFirstPeerStartBy = firstPeerStartBy;
		firstPeerStartBy = newFirstPeerStartBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.FUNDER_CONSTRAINT__FIRST_PEER_START_BY, oldFirstPeerStartBy, firstPeerStartBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnnualAmount() {
		return annualAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualAmount(BigDecimal newAnnualAmount) {
		BigDecimal oldAnnualAmount = annualAmount;
		annualAmount = newAnnualAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.FUNDER_CONSTRAINT__ANNUAL_AMOUNT, oldAnnualAmount, annualAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.FUNDER_CONSTRAINT__FUNDER:
				return getFunder();
			case PeerPlanPackage.FUNDER_CONSTRAINT__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.FUNDER_CONSTRAINT__FIRST_PEER_START_BY:
				return getFirstPeerStartBy();
			case PeerPlanPackage.FUNDER_CONSTRAINT__ANNUAL_AMOUNT:
				return getAnnualAmount();
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
			case PeerPlanPackage.FUNDER_CONSTRAINT__FUNDER:
				setFunder((String)newValue);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__FIRST_PEER_START_BY:
				setFirstPeerStartBy((LocalDate)newValue);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__ANNUAL_AMOUNT:
				setAnnualAmount((BigDecimal)newValue);
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
			case PeerPlanPackage.FUNDER_CONSTRAINT__FUNDER:
				setFunder(FUNDER_EDEFAULT);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__FIRST_PEER_START_BY:
				setFirstPeerStartBy(FIRST_PEER_START_BY_EDEFAULT);
				return;
			case PeerPlanPackage.FUNDER_CONSTRAINT__ANNUAL_AMOUNT:
				setAnnualAmount(ANNUAL_AMOUNT_EDEFAULT);
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
			case PeerPlanPackage.FUNDER_CONSTRAINT__FUNDER:
				return FUNDER_EDEFAULT == null ? funder != null : !FUNDER_EDEFAULT.equals(funder);
			case PeerPlanPackage.FUNDER_CONSTRAINT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.FUNDER_CONSTRAINT__FIRST_PEER_START_BY:
				return FIRST_PEER_START_BY_EDEFAULT == null ? firstPeerStartBy != null : !FIRST_PEER_START_BY_EDEFAULT.equals(firstPeerStartBy);
			case PeerPlanPackage.FUNDER_CONSTRAINT__ANNUAL_AMOUNT:
				return ANNUAL_AMOUNT_EDEFAULT == null ? annualAmount != null : !ANNUAL_AMOUNT_EDEFAULT.equals(annualAmount);
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
		result.append(" (funder: ");
		result.append(funder);
		result.append(", description: ");
		result.append(description);
		result.append(", firstPeerStartBy: ");
		result.append(firstPeerStartBy);
		result.append(", annualAmount: ");
		result.append(annualAmount);
		result.append(')');
		return result.toString();
	}

} //FunderConstraintImpl
