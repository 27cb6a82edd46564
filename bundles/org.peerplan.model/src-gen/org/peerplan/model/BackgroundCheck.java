/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Background Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.BackgroundCheck#isMegansLaw <em>Megans Law</em>}</li>
 *   <li>{@link org.peerplan.model.BackgroundCheck#isLiveScan <em>Live Scan</em>}</li>
 *   <li>{@link org.peerplan.model.BackgroundCheck#isDmvHistory <em>Dmv History</em>}</li>
 *   <li>{@link org.peerplan.model.BackgroundCheck#isOfferContingent <em>Offer Contingent</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getBackgroundCheck()
 * @model
 * @generated
 */
public interface BackgroundCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Megans Law</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Megans Law</em>' attribute.
	 * @see #setMegansLaw(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getBackgroundCheck_MegansLaw()
	 * @model
	 * @generated
	 */
	boolean isMegansLaw();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BackgroundCheck#isMegansLaw <em>Megans Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Megans Law</em>' attribute.
	 * @see #isMegansLaw()
	 * @generated
	 */
	void setMegansLaw(boolean value);

	/**
	 * Returns the value of the '<em><b>Live Scan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Live Scan</em>' attribute.
	 * @see #setLiveScan(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getBackgroundCheck_LiveScan()
	 * @model
	 * @generated
	 */
	boolean isLiveScan();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BackgroundCheck#isLiveScan <em>Live Scan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Live Scan</em>' attribute.
	 * @see #isLiveScan()
	 * @generated
	 */
	void setLiveScan(boolean value);

	/**
	 * Returns the value of the '<em><b>Dmv History</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dmv History</em>' attribute.
	 * @see #setDmvHistory(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getBackgroundCheck_DmvHistory()
	 * @model
	 * @generated
	 */
	boolean isDmvHistory();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BackgroundCheck#isDmvHistory <em>Dmv History</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dmv History</em>' attribute.
	 * @see #isDmvHistory()
	 * @generated
	 */
	void setDmvHistory(boolean value);

	/**
	 * Returns the value of the '<em><b>Offer Contingent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offer Contingent</em>' attribute.
	 * @see #setOfferContingent(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getBackgroundCheck_OfferContingent()
	 * @model
	 * @generated
	 */
	boolean isOfferContingent();

	/**
	 * Sets the value of the '{@link org.peerplan.model.BackgroundCheck#isOfferContingent <em>Offer Contingent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offer Contingent</em>' attribute.
	 * @see #isOfferContingent()
	 * @generated
	 */
	void setOfferContingent(boolean value);

} // BackgroundCheck
