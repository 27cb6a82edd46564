/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.RiskFactorDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk Factor Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RiskFactorDefImpl extends CatalogItemImpl implements RiskFactorDef {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskFactorDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.RISK_FACTOR_DEF;
	}

} //RiskFactorDefImpl
