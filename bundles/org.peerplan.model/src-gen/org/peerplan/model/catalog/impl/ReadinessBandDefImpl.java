/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ReadinessBand;
import org.peerplan.model.catalog.ReadinessBandDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Readiness Band Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#getBand <em>Band</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#getMinTrue <em>Min True</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#getMaxTrue <em>Max True</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#getMinimumMonths <em>Minimum Months</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#isMinimumStated <em>Minimum Stated</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl#getRecommendation <em>Recommendation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReadinessBandDefImpl extends CatalogItemImpl implements ReadinessBandDef {
	/**
	 * The default value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected static final ReadinessBand BAND_EDEFAULT = ReadinessBand.BAND_810;

	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected ReadinessBand band = BAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinTrue() <em>Min True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinTrue()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_TRUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinTrue() <em>Min True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinTrue()
	 * @generated
	 * @ordered
	 */
	protected int minTrue = MIN_TRUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTrue() <em>Max True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTrue()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TRUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxTrue() <em>Max True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTrue()
	 * @generated
	 * @ordered
	 */
	protected int maxTrue = MAX_TRUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumMonths() <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumMonths() <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMonths()
	 * @generated
	 * @ordered
	 */
	protected int minimumMonths = MINIMUM_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMinimumStated() <em>Minimum Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMinimumStated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MINIMUM_STATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMinimumStated() <em>Minimum Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMinimumStated()
	 * @generated
	 * @ordered
	 */
	protected boolean minimumStated = MINIMUM_STATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected String recommendation = RECOMMENDATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReadinessBandDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.READINESS_BAND_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadinessBand getBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(ReadinessBand newBand) {
		ReadinessBand oldBand = band;
		band = newBand == null ? BAND_EDEFAULT : newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinTrue() {
		return minTrue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinTrue(int newMinTrue) {
		int oldMinTrue = minTrue;
		minTrue = newMinTrue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__MIN_TRUE, oldMinTrue, minTrue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTrue() {
		return maxTrue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTrue(int newMaxTrue) {
		int oldMaxTrue = maxTrue;
		maxTrue = newMaxTrue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__MAX_TRUE, oldMaxTrue, maxTrue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumMonths() {
		return minimumMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumMonths(int newMinimumMonths) {
		int oldMinimumMonths = minimumMonths;
		minimumMonths = newMinimumMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS, oldMinimumMonths, minimumMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMinimumStated() {
		return minimumStated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumStated(boolean newMinimumStated) {
		boolean oldMinimumStated = minimumStated;
		minimumStated = newMinimumStated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED, oldMinimumStated, minimumStated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendation(String newRecommendation) {
		String oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION, oldRecommendation, recommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.READINESS_BAND_DEF__BAND:
				return getBand();
			case CatalogPackage.READINESS_BAND_DEF__MIN_TRUE:
				return getMinTrue();
			case CatalogPackage.READINESS_BAND_DEF__MAX_TRUE:
				return getMaxTrue();
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS:
				return getMinimumMonths();
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED:
				return isMinimumStated();
			case CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION:
				return getRecommendation();
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
			case CatalogPackage.READINESS_BAND_DEF__BAND:
				setBand((ReadinessBand)newValue);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MIN_TRUE:
				setMinTrue((Integer)newValue);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MAX_TRUE:
				setMaxTrue((Integer)newValue);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS:
				setMinimumMonths((Integer)newValue);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED:
				setMinimumStated((Boolean)newValue);
				return;
			case CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION:
				setRecommendation((String)newValue);
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
			case CatalogPackage.READINESS_BAND_DEF__BAND:
				setBand(BAND_EDEFAULT);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MIN_TRUE:
				setMinTrue(MIN_TRUE_EDEFAULT);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MAX_TRUE:
				setMaxTrue(MAX_TRUE_EDEFAULT);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS:
				setMinimumMonths(MINIMUM_MONTHS_EDEFAULT);
				return;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED:
				setMinimumStated(MINIMUM_STATED_EDEFAULT);
				return;
			case CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION:
				setRecommendation(RECOMMENDATION_EDEFAULT);
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
			case CatalogPackage.READINESS_BAND_DEF__BAND:
				return band != BAND_EDEFAULT;
			case CatalogPackage.READINESS_BAND_DEF__MIN_TRUE:
				return minTrue != MIN_TRUE_EDEFAULT;
			case CatalogPackage.READINESS_BAND_DEF__MAX_TRUE:
				return maxTrue != MAX_TRUE_EDEFAULT;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS:
				return minimumMonths != MINIMUM_MONTHS_EDEFAULT;
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED:
				return minimumStated != MINIMUM_STATED_EDEFAULT;
			case CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION:
				return RECOMMENDATION_EDEFAULT == null ? recommendation != null : !RECOMMENDATION_EDEFAULT.equals(recommendation);
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
		result.append(" (band: ");
		result.append(band);
		result.append(", minTrue: ");
		result.append(minTrue);
		result.append(", maxTrue: ");
		result.append(maxTrue);
		result.append(", minimumMonths: ");
		result.append(minimumMonths);
		result.append(", minimumStated: ");
		result.append(minimumStated);
		result.append(", recommendation: ");
		result.append(recommendation);
		result.append(')');
		return result.toString();
	}

} //ReadinessBandDefImpl
