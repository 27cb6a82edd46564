/**
 */
package org.peerplan.model.catalog.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.CourseDef;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.catalog.CourseDef} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CourseDefItemProvider extends CatalogItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CourseDefItemProvider(AdapterFactory adapterFactory) {
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

			addGroupPropertyDescriptor(object);
			addHoursPropertyDescriptor(object);
			addDaysPropertyDescriptor(object);
			addMinAttendancePropertyDescriptor(object);
			addMaxAttendancePropertyDescriptor(object);
			addAudiencePropertyDescriptor(object);
			addAudienceNotePropertyDescriptor(object);
			addListValuePropertyDescriptor(object);
			addManagersAndStaffSeparatePropertyDescriptor(object);
			addSelfCarePropertyDescriptor(object);
			addPrerequisitePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_group_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hours feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoursPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_hours_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_hours_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__HOURS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_days_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_days_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Attendance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinAttendancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_minAttendance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_minAttendance_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__MIN_ATTENDANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Attendance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxAttendancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_maxAttendance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_maxAttendance_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__MAX_ATTENDANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Audience feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudiencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_audience_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_audience_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__AUDIENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Audience Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudienceNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_audienceNote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_audienceNote_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__AUDIENCE_NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the List Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addListValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_listValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_listValue_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__LIST_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Managers And Staff Separate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagersAndStaffSeparatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_managersAndStaffSeparate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_managersAndStaffSeparate_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Self Care feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelfCarePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_selfCare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_selfCare_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__SELF_CARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prerequisite feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrerequisitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CourseDef_prerequisite_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CourseDef_prerequisite_feature", "_UI_CourseDef_type"),
				 CatalogPackage.Literals.COURSE_DEF__PREREQUISITE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This returns CourseDef.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CourseDef"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CourseDef)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CourseDef_type") :
			getString("_UI_CourseDef_type") + " " + label;
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

		switch (notification.getFeatureID(CourseDef.class)) {
			case CatalogPackage.COURSE_DEF__GROUP:
			case CatalogPackage.COURSE_DEF__HOURS:
			case CatalogPackage.COURSE_DEF__DAYS:
			case CatalogPackage.COURSE_DEF__MIN_ATTENDANCE:
			case CatalogPackage.COURSE_DEF__MAX_ATTENDANCE:
			case CatalogPackage.COURSE_DEF__AUDIENCE:
			case CatalogPackage.COURSE_DEF__AUDIENCE_NOTE:
			case CatalogPackage.COURSE_DEF__LIST_VALUE:
			case CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE:
			case CatalogPackage.COURSE_DEF__SELF_CARE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
