/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;
import org.peerplan.model.catalog.PopulationServed;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lived Experience Requirement Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl#getMaxAge <em>Max Age</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LivedExperienceRequirementDefImpl extends CatalogItemImpl implements LivedExperienceRequirementDef {
	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final PopulationServed POPULATION_EDEFAULT = PopulationServed.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected PopulationServed population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected int minAge = MIN_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected int maxAge = MAX_AGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LivedExperienceRequirementDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.LIVED_EXPERIENCE_REQUIREMENT_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationServed getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(PopulationServed newPopulation) {
		PopulationServed oldPopulation = population;
		population = newPopulation == null ? POPULATION_EDEFAULT : newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAge() {
		return minAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAge(int newMinAge) {
		int oldMinAge = minAge;
		minAge = newMinAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE, oldMinAge, minAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(int newMaxAge) {
		int oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION:
				return getPopulation();
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE:
				return getMinAge();
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE:
				return getMaxAge();
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
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION:
				setPopulation((PopulationServed)newValue);
				return;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE:
				setMaxAge((Integer)newValue);
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
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
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
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION:
				return population != POPULATION_EDEFAULT;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE:
				return minAge != MIN_AGE_EDEFAULT;
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE:
				return maxAge != MAX_AGE_EDEFAULT;
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
		result.append(" (population: ");
		result.append(population);
		result.append(", minAge: ");
		result.append(minAge);
		result.append(", maxAge: ");
		result.append(maxAge);
		result.append(')');
		return result.toString();
	}

} //LivedExperienceRequirementDefImpl
