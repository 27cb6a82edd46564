/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.StaffLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isPeer <em>Peer</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isChampion <em>Champion</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isHighLevelAdministrator <em>High Level Administrator</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isMastersLevelClinician <em>Masters Level Clinician</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isTrainedInPeerRole <em>Trained In Peer Role</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isPeerSupervisorTraining <em>Peer Supervisor Training</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isReceivesServices <em>Receives Services</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#isNamedWithLivedExperience <em>Named With Lived Experience</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PersonImpl#getNamingConsentOn <em>Naming Consent On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends MinimalEObjectImpl.Container implements Person {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final StaffLevel LEVEL_EDEFAULT = StaffLevel.BOARD;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected StaffLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganization() <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected String organization = ORGANIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isPeer() <em>Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PEER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeer() <em>Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeer()
	 * @generated
	 * @ordered
	 */
	protected boolean peer = PEER_EDEFAULT;

	/**
	 * The default value of the '{@link #isChampion() <em>Champion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChampion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHAMPION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChampion() <em>Champion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChampion()
	 * @generated
	 * @ordered
	 */
	protected boolean champion = CHAMPION_EDEFAULT;

	/**
	 * The default value of the '{@link #isHighLevelAdministrator() <em>High Level Administrator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHighLevelAdministrator()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIGH_LEVEL_ADMINISTRATOR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHighLevelAdministrator() <em>High Level Administrator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHighLevelAdministrator()
	 * @generated
	 * @ordered
	 */
	protected boolean highLevelAdministrator = HIGH_LEVEL_ADMINISTRATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isMastersLevelClinician() <em>Masters Level Clinician</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMastersLevelClinician()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MASTERS_LEVEL_CLINICIAN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMastersLevelClinician() <em>Masters Level Clinician</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMastersLevelClinician()
	 * @generated
	 * @ordered
	 */
	protected boolean mastersLevelClinician = MASTERS_LEVEL_CLINICIAN_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrainedInPeerRole() <em>Trained In Peer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedInPeerRole()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINED_IN_PEER_ROLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainedInPeerRole() <em>Trained In Peer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedInPeerRole()
	 * @generated
	 * @ordered
	 */
	protected boolean trainedInPeerRole = TRAINED_IN_PEER_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPeerSupervisorTraining() <em>Peer Supervisor Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeerSupervisorTraining()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PEER_SUPERVISOR_TRAINING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeerSupervisorTraining() <em>Peer Supervisor Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeerSupervisorTraining()
	 * @generated
	 * @ordered
	 */
	protected boolean peerSupervisorTraining = PEER_SUPERVISOR_TRAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #isReceivesServices() <em>Receives Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReceivesServices()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECEIVES_SERVICES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReceivesServices() <em>Receives Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReceivesServices()
	 * @generated
	 * @ordered
	 */
	protected boolean receivesServices = RECEIVES_SERVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #isNamedWithLivedExperience() <em>Named With Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNamedWithLivedExperience()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NAMED_WITH_LIVED_EXPERIENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNamedWithLivedExperience() <em>Named With Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNamedWithLivedExperience()
	 * @generated
	 * @ordered
	 */
	protected boolean namedWithLivedExperience = NAMED_WITH_LIVED_EXPERIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNamingConsentOn() <em>Naming Consent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamingConsentOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NAMING_CONSENT_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamingConsentOn() <em>Naming Consent On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamingConsentOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate namingConsentOn = NAMING_CONSENT_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(StaffLevel newLevel) {
		StaffLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(String newOrganization) {
		String oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(boolean newPeer) {
		boolean oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__PEER, oldPeer, peer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChampion() {
		return champion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChampion(boolean newChampion) {
		boolean oldChampion = champion;
		champion = newChampion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__CHAMPION, oldChampion, champion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHighLevelAdministrator() {
		return highLevelAdministrator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighLevelAdministrator(boolean newHighLevelAdministrator) {
		boolean oldHighLevelAdministrator = highLevelAdministrator;
		highLevelAdministrator = newHighLevelAdministrator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__HIGH_LEVEL_ADMINISTRATOR, oldHighLevelAdministrator, highLevelAdministrator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMastersLevelClinician() {
		return mastersLevelClinician;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMastersLevelClinician(boolean newMastersLevelClinician) {
		boolean oldMastersLevelClinician = mastersLevelClinician;
		mastersLevelClinician = newMastersLevelClinician;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__MASTERS_LEVEL_CLINICIAN, oldMastersLevelClinician, mastersLevelClinician));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainedInPeerRole() {
		return trainedInPeerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainedInPeerRole(boolean newTrainedInPeerRole) {
		boolean oldTrainedInPeerRole = trainedInPeerRole;
		trainedInPeerRole = newTrainedInPeerRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__TRAINED_IN_PEER_ROLE, oldTrainedInPeerRole, trainedInPeerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeerSupervisorTraining() {
		return peerSupervisorTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeerSupervisorTraining(boolean newPeerSupervisorTraining) {
		boolean oldPeerSupervisorTraining = peerSupervisorTraining;
		peerSupervisorTraining = newPeerSupervisorTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__PEER_SUPERVISOR_TRAINING, oldPeerSupervisorTraining, peerSupervisorTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReceivesServices() {
		return receivesServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivesServices(boolean newReceivesServices) {
		boolean oldReceivesServices = receivesServices;
		receivesServices = newReceivesServices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__RECEIVES_SERVICES, oldReceivesServices, receivesServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNamedWithLivedExperience() {
		return namedWithLivedExperience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamedWithLivedExperience(boolean newNamedWithLivedExperience) {
		boolean oldNamedWithLivedExperience = namedWithLivedExperience;
		namedWithLivedExperience = newNamedWithLivedExperience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__NAMED_WITH_LIVED_EXPERIENCE, oldNamedWithLivedExperience, namedWithLivedExperience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNamingConsentOn() {
		return namingConsentOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamingConsentOn(LocalDate newNamingConsentOn) {
		LocalDate oldNamingConsentOn = namingConsentOn;
		namingConsentOn = newNamingConsentOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERSON__NAMING_CONSENT_ON, oldNamingConsentOn, namingConsentOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.PERSON__NAME:
				return getName();
			case PeerPlanPackage.PERSON__TITLE:
				return getTitle();
			case PeerPlanPackage.PERSON__LEVEL:
				return getLevel();
			case PeerPlanPackage.PERSON__ORGANIZATION:
				return getOrganization();
			case PeerPlanPackage.PERSON__PEER:
				return isPeer();
			case PeerPlanPackage.PERSON__CHAMPION:
				return isChampion();
			case PeerPlanPackage.PERSON__HIGH_LEVEL_ADMINISTRATOR:
				return isHighLevelAdministrator();
			case PeerPlanPackage.PERSON__MASTERS_LEVEL_CLINICIAN:
				return isMastersLevelClinician();
			case PeerPlanPackage.PERSON__TRAINED_IN_PEER_ROLE:
				return isTrainedInPeerRole();
			case PeerPlanPackage.PERSON__PEER_SUPERVISOR_TRAINING:
				return isPeerSupervisorTraining();
			case PeerPlanPackage.PERSON__RECEIVES_SERVICES:
				return isReceivesServices();
			case PeerPlanPackage.PERSON__NAMED_WITH_LIVED_EXPERIENCE:
				return isNamedWithLivedExperience();
			case PeerPlanPackage.PERSON__NAMING_CONSENT_ON:
				return getNamingConsentOn();
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
			case PeerPlanPackage.PERSON__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.PERSON__TITLE:
				setTitle((String)newValue);
				return;
			case PeerPlanPackage.PERSON__LEVEL:
				setLevel((StaffLevel)newValue);
				return;
			case PeerPlanPackage.PERSON__ORGANIZATION:
				setOrganization((String)newValue);
				return;
			case PeerPlanPackage.PERSON__PEER:
				setPeer((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__CHAMPION:
				setChampion((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__HIGH_LEVEL_ADMINISTRATOR:
				setHighLevelAdministrator((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__MASTERS_LEVEL_CLINICIAN:
				setMastersLevelClinician((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__TRAINED_IN_PEER_ROLE:
				setTrainedInPeerRole((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__PEER_SUPERVISOR_TRAINING:
				setPeerSupervisorTraining((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__RECEIVES_SERVICES:
				setReceivesServices((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__NAMED_WITH_LIVED_EXPERIENCE:
				setNamedWithLivedExperience((Boolean)newValue);
				return;
			case PeerPlanPackage.PERSON__NAMING_CONSENT_ON:
				setNamingConsentOn((LocalDate)newValue);
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
			case PeerPlanPackage.PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__ORGANIZATION:
				setOrganization(ORGANIZATION_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__PEER:
				setPeer(PEER_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__CHAMPION:
				setChampion(CHAMPION_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__HIGH_LEVEL_ADMINISTRATOR:
				setHighLevelAdministrator(HIGH_LEVEL_ADMINISTRATOR_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__MASTERS_LEVEL_CLINICIAN:
				setMastersLevelClinician(MASTERS_LEVEL_CLINICIAN_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__TRAINED_IN_PEER_ROLE:
				setTrainedInPeerRole(TRAINED_IN_PEER_ROLE_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__PEER_SUPERVISOR_TRAINING:
				setPeerSupervisorTraining(PEER_SUPERVISOR_TRAINING_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__RECEIVES_SERVICES:
				setReceivesServices(RECEIVES_SERVICES_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__NAMED_WITH_LIVED_EXPERIENCE:
				setNamedWithLivedExperience(NAMED_WITH_LIVED_EXPERIENCE_EDEFAULT);
				return;
			case PeerPlanPackage.PERSON__NAMING_CONSENT_ON:
				setNamingConsentOn(NAMING_CONSENT_ON_EDEFAULT);
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
			case PeerPlanPackage.PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.PERSON__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeerPlanPackage.PERSON__LEVEL:
				return level != LEVEL_EDEFAULT;
			case PeerPlanPackage.PERSON__ORGANIZATION:
				return ORGANIZATION_EDEFAULT == null ? organization != null : !ORGANIZATION_EDEFAULT.equals(organization);
			case PeerPlanPackage.PERSON__PEER:
				return peer != PEER_EDEFAULT;
			case PeerPlanPackage.PERSON__CHAMPION:
				return champion != CHAMPION_EDEFAULT;
			case PeerPlanPackage.PERSON__HIGH_LEVEL_ADMINISTRATOR:
				return highLevelAdministrator != HIGH_LEVEL_ADMINISTRATOR_EDEFAULT;
			case PeerPlanPackage.PERSON__MASTERS_LEVEL_CLINICIAN:
				return mastersLevelClinician != MASTERS_LEVEL_CLINICIAN_EDEFAULT;
			case PeerPlanPackage.PERSON__TRAINED_IN_PEER_ROLE:
				return trainedInPeerRole != TRAINED_IN_PEER_ROLE_EDEFAULT;
			case PeerPlanPackage.PERSON__PEER_SUPERVISOR_TRAINING:
				return peerSupervisorTraining != PEER_SUPERVISOR_TRAINING_EDEFAULT;
			case PeerPlanPackage.PERSON__RECEIVES_SERVICES:
				return receivesServices != RECEIVES_SERVICES_EDEFAULT;
			case PeerPlanPackage.PERSON__NAMED_WITH_LIVED_EXPERIENCE:
				return namedWithLivedExperience != NAMED_WITH_LIVED_EXPERIENCE_EDEFAULT;
			case PeerPlanPackage.PERSON__NAMING_CONSENT_ON:
				return NAMING_CONSENT_ON_EDEFAULT == null ? namingConsentOn != null : !NAMING_CONSENT_ON_EDEFAULT.equals(namingConsentOn);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", title: ");
		result.append(title);
		result.append(", level: ");
		result.append(level);
		result.append(", organization: ");
		result.append(organization);
		result.append(", peer: ");
		result.append(peer);
		result.append(", champion: ");
		result.append(champion);
		result.append(", highLevelAdministrator: ");
		result.append(highLevelAdministrator);
		result.append(", mastersLevelClinician: ");
		result.append(mastersLevelClinician);
		result.append(", trainedInPeerRole: ");
		result.append(trainedInPeerRole);
		result.append(", peerSupervisorTraining: ");
		result.append(peerSupervisorTraining);
		result.append(", receivesServices: ");
		result.append(receivesServices);
		result.append(", namedWithLivedExperience: ");
		result.append(namedWithLivedExperience);
		result.append(", namingConsentOn: ");
		result.append(namingConsentOn);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
