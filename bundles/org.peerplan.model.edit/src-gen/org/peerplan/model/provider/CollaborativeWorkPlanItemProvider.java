/**
 */
package org.peerplan.model.provider;


import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.CollaborativeWorkPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CollaborativeWorkPlanItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CollaborativeWorkPlanItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEmployeePropertyDescriptor(object);
			addManagerPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addExpirationDatePropertyDescriptor(object);
			addMeetingFrequencyPropertyDescriptor(object);
			addMeetingMinutesPropertyDescriptor(object);
			addMeetingDayPropertyDescriptor(object);
			addMeetingTimePropertyDescriptor(object);
			addSuccessIndicatorsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Employee feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmployeePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_employee_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_employee_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__EMPLOYEE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Manager feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_manager_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_manager_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__MANAGER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_startDate_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_endDate_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Expiration Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExpirationDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_expirationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_expirationDate_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Frequency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingFrequencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_meetingFrequency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_meetingFrequency_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_meetingMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_meetingMinutes_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Day feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingDayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_meetingDay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_meetingDay_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__MEETING_DAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_meetingTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_meetingTime_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__MEETING_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Success Indicators feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSuccessIndicatorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CollaborativeWorkPlan_successIndicators_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CollaborativeWorkPlan_successIndicators_feature", "_UI_CollaborativeWorkPlan_type"),
				 PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__BASICS);
			childrenFeatures.add(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__NEEDS);
			childrenFeatures.add(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__STEPS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CollaborativeWorkPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CollaborativeWorkPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		LocalDate labelValue = ((CollaborativeWorkPlan)object).getStartDate();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_CollaborativeWorkPlan_type") :
			getString("_UI_CollaborativeWorkPlan_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CollaborativeWorkPlan.class)) {
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__BASICS,
				 PeerPlanFactory.eINSTANCE.createDevelopmentPlanAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__NEEDS,
				 PeerPlanFactory.eINSTANCE.createWorkPlanNeed()));

		newChildDescriptors.add
			(createChildParameter
				(PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN__STEPS,
				 PeerPlanFactory.eINSTANCE.createWorkPlanStep()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PeerPlanEditPlugin.INSTANCE;
	}

}
