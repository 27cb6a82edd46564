/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Background Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.BackgroundCheckImpl#isMegansLaw <em>Megans Law</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BackgroundCheckImpl#isLiveScan <em>Live Scan</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BackgroundCheckImpl#isDmvHistory <em>Dmv History</em>}</li>
 *   <li>{@link org.peerplan.model.impl.BackgroundCheckImpl#isOfferContingent <em>Offer Contingent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackgroundCheckImpl extends MinimalEObjectImpl.Container implements BackgroundCheck {
	/**
	 * The default value of the '{@link #isMegansLaw() <em>Megans Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMegansLaw()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEGANS_LAW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMegansLaw() <em>Megans Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMegansLaw()
	 * @generated
	 * @ordered
	 */
	protected boolean megansLaw = MEGANS_LAW_EDEFAULT;

	/**
	 * The default value of the '{@link #isLiveScan() <em>Live Scan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLiveScan()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LIVE_SCAN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLiveScan() <em>Live Scan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLiveScan()
	 * @generated
	 * @ordered
	 */
	protected boolean liveScan = LIVE_SCAN_EDEFAULT;

	/**
	 * The default value of the '{@link #isDmvHistory() <em>Dmv History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDmvHistory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DMV_HISTORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDmvHistory() <em>Dmv History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDmvHistory()
	 * @generated
	 * @ordered
	 */
	protected boolean dmvHistory = DMV_HISTORY_EDEFAULT;

	/**
	 * The default value of the '{@link #isOfferContingent() <em>Offer Contingent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfferContingent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFFER_CONTINGENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOfferContingent() <em>Offer Contingent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOfferContingent()
	 * @generated
	 * @ordered
	 */
	protected boolean offerContingent = OFFER_CONTINGENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackgroundCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.BACKGROUND_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMegansLaw() {
		return megansLaw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMegansLaw(boolean newMegansLaw) {
		boolean oldMegansLaw = megansLaw;
		megansLaw = newMegansLaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BACKGROUND_CHECK__MEGANS_LAW, oldMegansLaw, megansLaw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLiveScan() {
		return liveScan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLiveScan(boolean newLiveScan) {
		boolean oldLiveScan = liveScan;
		liveScan = newLiveScan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BACKGROUND_CHECK__LIVE_SCAN, oldLiveScan, liveScan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDmvHistory() {
		return dmvHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDmvHistory(boolean newDmvHistory) {
		boolean oldDmvHistory = dmvHistory;
		dmvHistory = newDmvHistory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BACKGROUND_CHECK__DMV_HISTORY, oldDmvHistory, dmvHistory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOfferContingent() {
		return offerContingent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfferContingent(boolean newOfferContingent) {
		boolean oldOfferContingent = offerContingent;
		offerContingent = newOfferContingent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.BACKGROUND_CHECK__OFFER_CONTINGENT, oldOfferContingent, offerContingent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.BACKGROUND_CHECK__MEGANS_LAW:
				return isMegansLaw();
			case PeerPlanPackage.BACKGROUND_CHECK__LIVE_SCAN:
				return isLiveScan();
			case PeerPlanPackage.BACKGROUND_CHECK__DMV_HISTORY:
				return isDmvHistory();
			case PeerPlanPackage.BACKGROUND_CHECK__OFFER_CONTINGENT:
				return isOfferContingent();
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
			case PeerPlanPackage.BACKGROUND_CHECK__MEGANS_LAW:
				setMegansLaw((Boolean)newValue);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__LIVE_SCAN:
				setLiveScan((Boolean)newValue);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__DMV_HISTORY:
				setDmvHistory((Boolean)newValue);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__OFFER_CONTINGENT:
				setOfferContingent((Boolean)newValue);
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
			case PeerPlanPackage.BACKGROUND_CHECK__MEGANS_LAW:
				setMegansLaw(MEGANS_LAW_EDEFAULT);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__LIVE_SCAN:
				setLiveScan(LIVE_SCAN_EDEFAULT);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__DMV_HISTORY:
				setDmvHistory(DMV_HISTORY_EDEFAULT);
				return;
			case PeerPlanPackage.BACKGROUND_CHECK__OFFER_CONTINGENT:
				setOfferContingent(OFFER_CONTINGENT_EDEFAULT);
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
			case PeerPlanPackage.BACKGROUND_CHECK__MEGANS_LAW:
				return megansLaw != MEGANS_LAW_EDEFAULT;
			case PeerPlanPackage.BACKGROUND_CHECK__LIVE_SCAN:
				return liveScan != LIVE_SCAN_EDEFAULT;
			case PeerPlanPackage.BACKGROUND_CHECK__DMV_HISTORY:
				return dmvHistory != DMV_HISTORY_EDEFAULT;
			case PeerPlanPackage.BACKGROUND_CHECK__OFFER_CONTINGENT:
				return offerContingent != OFFER_CONTINGENT_EDEFAULT;
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
		result.append(" (megansLaw: ");
		result.append(megansLaw);
		result.append(", liveScan: ");
		result.append(liveScan);
		result.append(", dmvHistory: ");
		result.append(dmvHistory);
		result.append(", offerContingent: ");
		result.append(offerContingent);
		result.append(')');
		return result.toString();
	}

} //BackgroundCheckImpl
