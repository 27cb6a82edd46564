/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone inside or outside the agency who takes part in the plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Person#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.Person#getLevel <em>Level</em>}</li>
 *   <li>{@link org.peerplan.model.Person#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isPeer <em>Peer</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isChampion <em>Champion</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isHighLevelAdministrator <em>High Level Administrator</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isMastersLevelClinician <em>Masters Level Clinician</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isTrainedInPeerRole <em>Trained In Peer Role</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isPeerSupervisorTraining <em>Peer Supervisor Training</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isReceivesServices <em>Receives Services</em>}</li>
 *   <li>{@link org.peerplan.model.Person#isNamedWithLivedExperience <em>Named With Lived Experience</em>}</li>
 *   <li>{@link org.peerplan.model.Person#getNamingConsentOn <em>Naming Consent On</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.StaffLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.peerplan.model.StaffLevel
	 * @see #setLevel(StaffLevel)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Level()
	 * @model
	 * @generated
	 */
	StaffLevel getLevel();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.peerplan.model.StaffLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(StaffLevel value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For people outside the agency: the organization they belong to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' attribute.
	 * @see #setOrganization(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Organization()
	 * @model
	 * @generated
	 */
	String getOrganization();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#getOrganization <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' attribute.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has lived experience and works, or has worked, in a peer role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer</em>' attribute.
	 * @see #setPeer(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Peer()
	 * @model annotation="http://www.peerplan.org/personal-data kind='livedExperience'"
	 * @generated
	 */
	boolean isPeer();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isPeer <em>Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' attribute.
	 * @see #isPeer()
	 * @generated
	 */
	void setPeer(boolean value);

	/**
	 * Returns the value of the '<em><b>Champion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Champion</em>' attribute.
	 * @see #setChampion(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_Champion()
	 * @model
	 * @generated
	 */
	boolean isChampion();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isChampion <em>Champion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Champion</em>' attribute.
	 * @see #isChampion()
	 * @generated
	 */
	void setChampion(boolean value);

	/**
	 * Returns the value of the '<em><b>High Level Administrator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Level Administrator</em>' attribute.
	 * @see #setHighLevelAdministrator(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_HighLevelAdministrator()
	 * @model
	 * @generated
	 */
	boolean isHighLevelAdministrator();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isHighLevelAdministrator <em>High Level Administrator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Level Administrator</em>' attribute.
	 * @see #isHighLevelAdministrator()
	 * @generated
	 */
	void setHighLevelAdministrator(boolean value);

	/**
	 * Returns the value of the '<em><b>Masters Level Clinician</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masters Level Clinician</em>' attribute.
	 * @see #setMastersLevelClinician(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_MastersLevelClinician()
	 * @model
	 * @generated
	 */
	boolean isMastersLevelClinician();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isMastersLevelClinician <em>Masters Level Clinician</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masters Level Clinician</em>' attribute.
	 * @see #isMastersLevelClinician()
	 * @generated
	 */
	void setMastersLevelClinician(boolean value);

	/**
	 * Returns the value of the '<em><b>Trained In Peer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trained In Peer Role</em>' attribute.
	 * @see #setTrainedInPeerRole(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_TrainedInPeerRole()
	 * @model
	 * @generated
	 */
	boolean isTrainedInPeerRole();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isTrainedInPeerRole <em>Trained In Peer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trained In Peer Role</em>' attribute.
	 * @see #isTrainedInPeerRole()
	 * @generated
	 */
	void setTrainedInPeerRole(boolean value);

	/**
	 * Returns the value of the '<em><b>Peer Supervisor Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has had, or is scheduled for, training in supervising peer workers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer Supervisor Training</em>' attribute.
	 * @see #setPeerSupervisorTraining(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_PeerSupervisorTraining()
	 * @model
	 * @generated
	 */
	boolean isPeerSupervisorTraining();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isPeerSupervisorTraining <em>Peer Supervisor Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer Supervisor Training</em>' attribute.
	 * @see #isPeerSupervisorTraining()
	 * @generated
	 */
	void setPeerSupervisorTraining(boolean value);

	/**
	 * Returns the value of the '<em><b>Receives Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Receives Services</em>' attribute.
	 * @see #setReceivesServices(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_ReceivesServices()
	 * @model annotation="http://www.peerplan.org/personal-data kind='receivesServices'"
	 * @generated
	 */
	boolean isReceivesServices();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isReceivesServices <em>Receives Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receives Services</em>' attribute.
	 * @see #isReceivesServices()
	 * @generated
	 */
	void setReceivesServices(boolean value);

	/**
	 * Returns the value of the '<em><b>Named With Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person agrees to be named, in documents for the board, as having lived experience; without it those documents give their position instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Named With Lived Experience</em>' attribute.
	 * @see #setNamedWithLivedExperience(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_NamedWithLivedExperience()
	 * @model
	 * @generated
	 */
	boolean isNamedWithLivedExperience();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#isNamedWithLivedExperience <em>Named With Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Named With Lived Experience</em>' attribute.
	 * @see #isNamedWithLivedExperience()
	 * @generated
	 */
	void setNamedWithLivedExperience(boolean value);

	/**
	 * Returns the value of the '<em><b>Naming Consent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the person agreed to be named as having lived experience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Naming Consent On</em>' attribute.
	 * @see #setNamingConsentOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPerson_NamingConsentOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getNamingConsentOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Person#getNamingConsentOn <em>Naming Consent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Naming Consent On</em>' attribute.
	 * @see #getNamingConsentOn()
	 * @generated
	 */
	void setNamingConsentOn(LocalDate value);

} // Person
