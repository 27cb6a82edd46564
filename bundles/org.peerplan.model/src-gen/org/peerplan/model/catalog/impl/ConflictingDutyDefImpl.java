/**
 */
package org.peerplan.model.catalog.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.RoleMisfitCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conflicting Duty Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.ConflictingDutyDefImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ConflictingDutyDefImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.ConflictingDutyDefImpl#getConsistentAlternative <em>Consistent Alternative</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConflictingDutyDefImpl extends CatalogItemImpl implements ConflictingDutyDef {
	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleMisfitCategory> categories;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The default value of the '{@link #getConsistentAlternative() <em>Consistent Alternative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistentAlternative()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSISTENT_ALTERNATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsistentAlternative() <em>Consistent Alternative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistentAlternative()
	 * @generated
	 * @ordered
	 */
	protected String consistentAlternative = CONSISTENT_ALTERNATIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConflictingDutyDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CONFLICTING_DUTY_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleMisfitCategory> getCategories() {
		if (categories == null) {
			categories = new EDataTypeUniqueEList<RoleMisfitCategory>(RoleMisfitCategory.class, this, CatalogPackage.CONFLICTING_DUTY_DEF__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeUniqueEList<String>(String.class, this, CatalogPackage.CONFLICTING_DUTY_DEF__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsistentAlternative() {
		return consistentAlternative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsistentAlternative(String newConsistentAlternative) {
		String oldConsistentAlternative = consistentAlternative;
		consistentAlternative = newConsistentAlternative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE, oldConsistentAlternative, consistentAlternative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CONFLICTING_DUTY_DEF__CATEGORIES:
				return getCategories();
			case CatalogPackage.CONFLICTING_DUTY_DEF__KEYWORDS:
				return getKeywords();
			case CatalogPackage.CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE:
				return getConsistentAlternative();
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
			case CatalogPackage.CONFLICTING_DUTY_DEF__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends RoleMisfitCategory>)newValue);
				return;
			case CatalogPackage.CONFLICTING_DUTY_DEF__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case CatalogPackage.CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE:
				setConsistentAlternative((String)newValue);
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
			case CatalogPackage.CONFLICTING_DUTY_DEF__CATEGORIES:
				getCategories().clear();
				return;
			case CatalogPackage.CONFLICTING_DUTY_DEF__KEYWORDS:
				getKeywords().clear();
				return;
			case CatalogPackage.CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE:
				setConsistentAlternative(CONSISTENT_ALTERNATIVE_EDEFAULT);
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
			case CatalogPackage.CONFLICTING_DUTY_DEF__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case CatalogPackage.CONFLICTING_DUTY_DEF__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case CatalogPackage.CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE:
				return CONSISTENT_ALTERNATIVE_EDEFAULT == null ? consistentAlternative != null : !CONSISTENT_ALTERNATIVE_EDEFAULT.equals(consistentAlternative);
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
		result.append(" (categories: ");
		result.append(categories);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", consistentAlternative: ");
		result.append(consistentAlternative);
		result.append(')');
		return result.toString();
	}

} //ConflictingDutyDefImpl
