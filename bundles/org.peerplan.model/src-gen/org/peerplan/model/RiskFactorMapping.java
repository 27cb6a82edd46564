/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.RiskFactorDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Factor Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.RiskFactorMapping#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.peerplan.model.RiskFactorMapping#getCurrentPractice <em>Current Practice</em>}</li>
 *   <li>{@link org.peerplan.model.RiskFactorMapping#getGap <em>Gap</em>}</li>
 *   <li>{@link org.peerplan.model.RiskFactorMapping#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.peerplan.model.RiskFactorMapping#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping()
 * @model
 * @generated
 */
public interface RiskFactorMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Factor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factor</em>' reference.
	 * @see #setFactor(RiskFactorDef)
	 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping_Factor()
	 * @model required="true"
	 * @generated
	 */
	RiskFactorDef getFactor();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RiskFactorMapping#getFactor <em>Factor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factor</em>' reference.
	 * @see #getFactor()
	 * @generated
	 */
	void setFactor(RiskFactorDef value);

	/**
	 * Returns the value of the '<em><b>Current Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Practice</em>' attribute.
	 * @see #setCurrentPractice(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping_CurrentPractice()
	 * @model
	 * @generated
	 */
	String getCurrentPractice();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RiskFactorMapping#getCurrentPractice <em>Current Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Practice</em>' attribute.
	 * @see #getCurrentPractice()
	 * @generated
	 */
	void setCurrentPractice(String value);

	/**
	 * Returns the value of the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap</em>' attribute.
	 * @see #setGap(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping_Gap()
	 * @model
	 * @generated
	 */
	String getGap();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RiskFactorMapping#getGap <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap</em>' attribute.
	 * @see #getGap()
	 * @generated
	 */
	void setGap(String value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policies</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping_Policies()
	 * @model
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRiskFactorMapping_Actions()
	 * @model
	 * @generated
	 */
	EList<Action> getActions();

} // RiskFactorMapping
